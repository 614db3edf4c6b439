import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { findPortal, upsertPortal } from '../../../server/db/portals.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import { createPortalDetails } from './fixtures.ts'

let handle: DatabaseHandle

beforeAll(async () => {
  handle = await createTestDatabase()
})

afterAll(async () => {
  await handle.close()
})

describe('upsertPortal and findPortal', () => {
  it('stores a new portal and reads its details back', async () => {
    const details = createPortalDetails({ portalId: 11 })

    await upsertPortal(handle.db, details)
    const found = await findPortal(handle.db, 11)

    expect(found).toMatchObject(details)
    expect(found?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/)
  })

  it('replaces the details of a known portal and keeps its creation time', async () => {
    await upsertPortal(handle.db, createPortalDetails({ portalId: 12, timeZone: 'UTC' }))
    const before = await findPortal(handle.db, 12)

    await upsertPortal(handle.db, createPortalDetails({ portalId: 12, timeZone: 'Asia/Tokyo' }))
    const after = await findPortal(handle.db, 12)

    expect(after?.timeZone).toBe('Asia/Tokyo')
    expect(after?.createdAt).toBe(before?.createdAt)
    expect(Date.parse(after?.updatedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(before?.updatedAt ?? ''),
    )
  })

  it('returns null for a portal it never stored', async () => {
    expect(await findPortal(handle.db, 999_999)).toBeNull()
  })

  it('returns each portal its own details', async () => {
    await upsertPortal(handle.db, createPortalDetails({ portalId: 13, companyCurrency: 'USD' }))
    await upsertPortal(handle.db, createPortalDetails({ portalId: 14, companyCurrency: 'JPY' }))

    expect((await findPortal(handle.db, 13))?.companyCurrency).toBe('USD')
    expect((await findPortal(handle.db, 14))?.companyCurrency).toBe('JPY')
  })

  it.each([0, -1, 1.5, Number.NaN])('throws a TypeError for the portal id %s', async (id) => {
    await expect(findPortal(handle.db, id)).rejects.toThrow(TypeError)
    await expect(upsertPortal(handle.db, createPortalDetails({ portalId: id }))).rejects.toThrow(
      TypeError,
    )
  })
})
