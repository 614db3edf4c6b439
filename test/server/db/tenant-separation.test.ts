import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { findPortal, upsertPortal } from '../../../server/db/portals.repository.ts'
import {
  listPropertyMeta,
  savePropertyMeta,
} from '../../../server/db/property-meta.repository.ts'
import {
  createScan,
  duplicateGroupsForRecord,
  failScan,
  findScan,
  finishScan,
  latestScan,
  readReport,
  scanHistory,
  updateScanProgress,
} from '../../../server/db/scans.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import { createPortalDetails, createProperty, createReport } from './fixtures.ts'

const A = 501
const B = 502
let handle: DatabaseHandle
let scanOfB: number
let runningOfB: number

beforeAll(async () => {
  handle = await createTestDatabase()
  await upsertPortal(handle.db, createPortalDetails({ portalId: A }))
  await upsertPortal(handle.db, createPortalDetails({ portalId: B, timeZone: 'UTC' }))

  // Only B has scans, duplicates and properties; A must never see any of them.
  scanOfB = await createScan(handle.db, B, { kind: 'sample' })
  await finishScan(handle.db, B, scanOfB, createReport(0), {
    properties: { contacts: [createProperty()] },
    fillRates: { contacts: new Map([['email', 0.4]]) },
  })
  runningOfB = await createScan(handle.db, B, { kind: 'full' })
})

afterAll(async () => {
  await handle.close()
})

describe("portal A's functions and portal B's rows", () => {
  it('reads none of B through any read function', async () => {
    const db = handle.db

    expect(await latestScan(db, A)).toBeNull()
    expect(await scanHistory(db, A, 100)).toEqual([])
    expect(await findScan(db, A, scanOfB)).toBeNull()
    expect(await findScan(db, A, runningOfB)).toBeNull()
    expect(await duplicateGroupsForRecord(db, A, 'contacts', '101')).toEqual([])
    expect(await listPropertyMeta(db, A, 'contacts')).toEqual([])
    await expect(readReport(db, A, scanOfB)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await findPortal(db, A))?.portalId).toBe(A)
  })

  it("changes none of B's scans through any write function", async () => {
    const db = handle.db
    const progress = { step: 'x', done: 1, total: 2 }

    await expect(updateScanProgress(db, A, runningOfB, progress)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(failScan(db, A, runningOfB, 'INTERNAL')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      finishScan(db, A, runningOfB, createReport(5), { properties: {}, fillRates: {} }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })

    expect(await findScan(db, B, runningOfB)).toMatchObject({ status: 'running', progress: null })
  })

  it("leaves B's properties alone when A saves the same object", async () => {
    await savePropertyMeta(handle.db, A, 'contacts', [], new Map())

    expect((await listPropertyMeta(handle.db, B, 'contacts')).map((p) => p.fillRate)).toEqual([
      0.4,
    ])
  })

  it('still gives B everything it stored', async () => {
    expect((await latestScan(handle.db, B))?.scanId).toBe(scanOfB)
    expect(await readReport(handle.db, B, scanOfB)).toStrictEqual(createReport(0))
    expect(await duplicateGroupsForRecord(handle.db, B, 'contacts', '101')).toHaveLength(1)
  })

  it('refuses child rows that point at a scan of another portal', async () => {
    // The composite foreign key (scan_id, portal_id) stops rows crossing tenants even
    // when application code gets the ids wrong.
    const insert = handle.db
      .insertInto('object_scores')
      .values({
        scan_id: runningOfB,
        portal_id: A,
        object_type: 'deals',
        score: 1,
        total: 1,
        sample_size: 1,
        records_with_problems: 0,
      })
      .execute()

    await expect(insert).rejects.toThrow(/foreign key/)
  })
})
