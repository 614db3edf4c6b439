import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { duplicateGroupsForRecord } from '../../../server/db/scan-reads.ts'
import { replaceMergedIds } from '../../../server/db/duplicate-merges.ts'
import { claimFixKey, releaseFixKey, saveFixResult }
  from '../../../server/db/fix-applications.repository.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createScan, finishScan } from '../../../server/db/scans.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import { createPortalDetails, createReport } from './fixtures.ts'

const PORTAL = 31_001
const OTHER = 31_002

describe('fix idempotency keys', () => {
  let handle: DatabaseHandle

  beforeEach(async () => {
    handle = await createTestDatabase()
    for (const portalId of [PORTAL, OTHER]) {
      await upsertPortal(handle.db, createPortalDetails({ portalId }))
    }
  })
  afterEach(() => handle.close())

  it('claims a key once, then answers its stored result', async () => {
    const first = await claimFixKey(handle.db, PORTAL, 'key-00001', 'd1')
    const during = await claimFixKey(handle.db, PORTAL, 'key-00001', 'd1')
    await saveFixResult(handle.db, PORTAL, 'key-00001', { status: 'applied' })
    const after = await claimFixKey(handle.db, PORTAL, 'key-00001', 'd1')
    const otherPreview = await claimFixKey(handle.db, PORTAL, 'key-00001', 'd2')

    expect([first, during, after, otherPreview]).toEqual([{ state: 'claimed' },
      { state: 'pending' }, { state: 'done', result: { status: 'applied' } },
      { state: 'other-preview' }])
  })

  it('keeps each portal its own keys', async () => {
    await claimFixKey(handle.db, PORTAL, 'key-00002', 'd1')

    expect(await claimFixKey(handle.db, OTHER, 'key-00002', 'd9'))
      .toEqual({ state: 'claimed' })
  })

  it('frees a released key that holds no result', async () => {
    await claimFixKey(handle.db, PORTAL, 'key-00003', 'd1')
    await releaseFixKey(handle.db, PORTAL, 'key-00003')

    expect(await claimFixKey(handle.db, PORTAL, 'key-00003', 'd1'))
      .toEqual({ state: 'claimed' })
  })
})

describe('replaceMergedIds', () => {
  let handle: DatabaseHandle

  beforeEach(async () => {
    handle = await createTestDatabase()
    await upsertPortal(handle.db, createPortalDetails({ portalId: PORTAL }))
    const scanId = await createScan(handle.db, PORTAL, { kind: 'sample' })
    // Contact groups: [101, 102] and [103, 104, 105].
    await finishScan(handle.db, PORTAL, scanId, createReport(0),
      { properties: {}, fillRates: {} })
  })
  afterEach(() => handle.close())

  it('drops a group the merge resolved and re-keys one with other members', async () => {
    await replaceMergedIds(handle.db, PORTAL, 'contacts', ['101', '102'], '900')
    await replaceMergedIds(handle.db, PORTAL, 'contacts', ['103', '104'], '901')

    const groups = async (id: string) =>
      (await duplicateGroupsForRecord(handle.db, PORTAL, 'contacts', id))
        .map((group) => group.ids)

    expect(await groups('101')).toEqual([])
    expect(await groups('900')).toEqual([])
    expect(await groups('103')).toEqual([])
    expect(await groups('901')).toEqual([['105', '901']])
  })

  it('leaves the companies groups alone', async () => {
    await replaceMergedIds(handle.db, PORTAL, 'contacts', ['101', '102'], '900')

    expect((await duplicateGroupsForRecord(handle.db, PORTAL, 'companies', '101'))
      .map((group) => group.ids)).toEqual([['201', '101']])
  })
})
