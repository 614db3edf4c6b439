import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AppError } from '../../../server/errors.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { listPropertyMeta } from '../../../server/db/property-meta.repository.ts'
import {
  createScan,
  duplicateGroupsForRecord,
  failInterruptedScans,
  failScan,
  findScan,
  finishScan,
  latestScan,
  readReport,
  scanHistory,
  updateScanProgress,
} from '../../../server/db/scans.repository.ts'
import type { PropertyStats } from '../../../server/db/scans.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import { createPortalDetails, createProperty, createReport } from './fixtures.ts'

let handle: DatabaseHandle
let nextPortalId = 100

const noStats: PropertyStats = { properties: {}, fillRates: {} }

/** A stored portal of its own for each test, so tests never see each other's scans. */
async function newPortal(): Promise<number> {
  const portalId = nextPortalId++
  await upsertPortal(handle.db, createPortalDetails({ portalId }))

  return portalId
}

async function finishedScan(portalId: number, seed: number): Promise<number> {
  const scanId = await createScan(handle.db, portalId, { kind: 'sample' })
  await finishScan(handle.db, portalId, scanId, createReport(seed), noStats)

  return scanId
}

beforeAll(async () => {
  handle = await createTestDatabase()
})

afterAll(async () => {
  await handle.close()
})

describe('createScan and updateScanProgress', () => {
  it('starts a running scan without progress', async () => {
    const portalId = await newPortal()

    const scanId = await createScan(handle.db, portalId, { kind: 'full' })

    expect(await findScan(handle.db, portalId, scanId)).toMatchObject({
      scanId,
      portalId,
      kind: 'full',
      status: 'running',
      progress: null,
      score: null,
      finishedAt: null,
      errorCode: null,
    })
  })

  it('keeps the latest progress of a running scan', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })

    await updateScanProgress(handle.db, portalId, scanId, { step: 'contacts', done: 1, total: 9 })
    await updateScanProgress(handle.db, portalId, scanId, { step: 'deals', done: 7, total: 9 })

    const scan = await findScan(handle.db, portalId, scanId)
    expect(scan?.progress).toEqual({ step: 'deals', done: 7, total: 9 })
  })

  it('answers NOT_FOUND for a portal that was never stored', async () => {
    await expect(createScan(handle.db, 424_242, { kind: 'sample' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('refuses progress on a scan that already finished', async () => {
    const portalId = await newPortal()
    const scanId = await finishedScan(portalId, 0)

    const progress = { step: 'x', done: 1, total: 1 }

    const update = updateScanProgress(handle.db, portalId, scanId, progress)

    await expect(update).rejects.toBeInstanceOf(AppError)
    await expect(update).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('throws a TypeError for a negative count or an unknown kind', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })

    await expect(
      updateScanProgress(handle.db, portalId, scanId, { step: 'x', done: -1, total: 1 }),
    ).rejects.toThrow(TypeError)
    await expect(createScan(handle.db, portalId, { kind: 'weekly' as 'full' })).rejects.toThrow(
      TypeError,
    )
  })
})

describe('finishScan and readReport', () => {
  it('reads back a full report exactly as it was saved', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })
    const report = createReport(3)

    await finishScan(handle.db, portalId, scanId, report, noStats)

    expect(await readReport(handle.db, portalId, scanId)).toStrictEqual(report)
  })

  it('returns scannedAt in toISOString form when it was saved in another', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })
    const report = createReport(0, { scannedAt: '2026-03-01T11:15:30+01:00' })

    await finishScan(handle.db, portalId, scanId, report, noStats)

    const stored = await readReport(handle.db, portalId, scanId)
    expect(stored.scannedAt).toBe('2026-03-01T10:15:30.000Z')
  })

  it('marks the scan finished with the report score and time', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })

    await finishScan(handle.db, portalId, scanId, createReport(1), noStats)

    // createReport(1) scores 64.5 + 1 and was scanned on 2026-03-02.
    expect(await findScan(handle.db, portalId, scanId)).toMatchObject({
      status: 'finished',
      score: 65.5,
      scannedAt: '2026-03-02T10:15:30.123Z',
      finishedAt: expect.stringMatching(/Z$/),
    })
  })

  it('stores the scanned properties with their fill rates in the same step', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })
    const stats: PropertyStats = {
      properties: {
        contacts: [createProperty({ name: 'email' }), createProperty({ name: 'phone' })],
      },
      fillRates: { contacts: new Map([['email', 0.75]]) },
    }

    await finishScan(handle.db, portalId, scanId, createReport(0), stats)

    const stored = await listPropertyMeta(handle.db, portalId, 'contacts')
    expect(stored.map((p) => [p.name, p.fillRate])).toEqual([
      ['email', 0.75],
      ['phone', null],
    ])
  })

  it('stores nothing when any part of the report is refused', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })
    // A pass rate above 1 breaks a check constraint after the scan row was updated.
    const report = createReport(0)
    const contacts = report.objects.contacts
    const broken = {
      ...report,
      objects: {
        ...report.objects,
        contacts: { ...contacts, checks: [{ ...contacts.checks[0]!, passRate: 1.5 }] },
      },
    }

    await expect(finishScan(handle.db, portalId, scanId, broken, noStats)).rejects.toThrow()

    expect((await findScan(handle.db, portalId, scanId))?.status).toBe('running')
    expect(await latestScan(handle.db, portalId)).toBeNull()
  })

  it('refuses a duplicate reason that carries a record value', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })
    const report = createReport(0, {
      duplicates: {
        contacts: [{ ids: ['1', '2'], confidence: 0.9, reason: 'same email jo@example.com' }],
        companies: [],
      },
    })

    const finish = finishScan(handle.db, portalId, scanId, report, noStats)

    await expect(finish).rejects.toThrow(TypeError)
    await expect(finish).rejects.not.toThrow(/jo@example/)
  })

  it('answers NOT_FOUND for the report of a running or unknown scan', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })

    await expect(readReport(handle.db, portalId, scanId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(readReport(handle.db, portalId, scanId + 1000)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('joins a transaction the caller already opened', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'sample' })

    const rolledBack = handle.db.transaction().execute(async (trx) => {
      await finishScan(trx, portalId, scanId, createReport(0), noStats)
      throw new Error('caller gives up')
    })

    await expect(rolledBack).rejects.toThrow('caller gives up')
    expect((await findScan(handle.db, portalId, scanId))?.status).toBe('running')
  })
})

describe('failScan', () => {
  it('records the code and leaves the scan out of the latest and the history', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'full' })

    await failScan(handle.db, portalId, scanId, 'HUBSPOT_RATE_LIMITED')

    expect(await findScan(handle.db, portalId, scanId)).toMatchObject({
      status: 'failed',
      errorCode: 'HUBSPOT_RATE_LIMITED',
      finishedAt: expect.stringMatching(/Z$/),
    })
    expect(await latestScan(handle.db, portalId)).toBeNull()
    expect(await scanHistory(handle.db, portalId, 10)).toEqual([])
  })

  it('refuses to fail a scan twice', async () => {
    const portalId = await newPortal()
    const scanId = await createScan(handle.db, portalId, { kind: 'full' })
    await failScan(handle.db, portalId, scanId, 'HUBSPOT_FAILED')

    await expect(failScan(handle.db, portalId, scanId, 'INTERNAL')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('latestScan and scanHistory', () => {
  it('picks the scan that finished last, whatever started later', async () => {
    const portalId = await newPortal()
    const early = await createScan(handle.db, portalId, { kind: 'full' })
    const finishedFirst = await finishedScan(portalId, 1)
    await createScan(handle.db, portalId, { kind: 'sample' }) // still running
    const failed = await createScan(handle.db, portalId, { kind: 'sample' })
    await failScan(handle.db, portalId, failed, 'INTERNAL')

    await finishScan(handle.db, portalId, early, createReport(2), noStats)

    expect(finishedFirst).toBeGreaterThan(early)
    expect((await latestScan(handle.db, portalId))?.scanId).toBe(early)
  })

  it('returns null for a portal without a finished scan', async () => {
    const portalId = await newPortal()
    await createScan(handle.db, portalId, { kind: 'sample' })

    expect(await latestScan(handle.db, portalId)).toBeNull()
  })

  it('lists the last finished scans oldest first, up to the limit', async () => {
    const portalId = await newPortal()
    const ids = []
    for (const seed of [0, 1, 2, 3]) ids.push(await finishedScan(portalId, seed))

    const history = await scanHistory(handle.db, portalId, 3)

    // Scores are 64.5 + seed; the oldest scan (seed 0) falls outside the limit of 3.
    expect(history.map((point) => [point.scanId, point.score])).toEqual([
      [ids[1], 65.5],
      [ids[2], 66.5],
      [ids[3], 67.5],
    ])
    const times = history.map((point) => Date.parse(point.finishedAt))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it.each([0, -3, 2.5, 5000])('throws a TypeError for the limit %s', async (limit) => {
    await expect(scanHistory(handle.db, 1, limit)).rejects.toThrow(TypeError)
  })
})

describe('duplicateGroupsForRecord', () => {
  it('finds the groups of the latest finished scan that hold the record', async () => {
    const portalId = await newPortal()
    await finishedScan(portalId, 0)
    const scanId = await createScan(handle.db, portalId, { kind: 'full' })
    const report = createReport(1, {
      duplicates: {
        contacts: [
          { ids: ['7', '8'], confidence: 0.99, reason: 'same email address' },
          { ids: ['9', '70'], confidence: 0.7, reason: 'same phone' },
          { ids: ['8', '11'], confidence: 0.8, reason: 'same name and company' },
        ],
        companies: [{ ids: ['8', '12'], confidence: 0.85, reason: 'same domain' }],
      },
    })
    await finishScan(handle.db, portalId, scanId, report, noStats)

    const groups = await duplicateGroupsForRecord(handle.db, portalId, 'contacts', '8')

    // '7' must not match '70', and company 8 is another object.
    expect(groups).toEqual([
      { ids: ['7', '8'], confidence: 0.99, reason: 'same email address' },
      { ids: ['8', '11'], confidence: 0.8, reason: 'same name and company' },
    ])
    expect(await duplicateGroupsForRecord(handle.db, portalId, 'contacts', '7')).toHaveLength(1)
  })

  it('ignores groups of older scans and of running scans', async () => {
    const portalId = await newPortal()
    // createReport groups contact 101 with 102; the newer scan finds no duplicates.
    await finishedScan(portalId, 0)
    const newer = await createScan(handle.db, portalId, { kind: 'sample' })
    const empty = createReport(0, { duplicates: { contacts: [], companies: [] } })
    await finishScan(handle.db, portalId, newer, empty, noStats)
    await createScan(handle.db, portalId, { kind: 'sample' })

    expect(await duplicateGroupsForRecord(handle.db, portalId, 'contacts', '101')).toEqual([])
  })

  it('returns nothing for deals, which are not deduplicated', async () => {
    const portalId = await newPortal()
    await finishedScan(portalId, 0)

    expect(await duplicateGroupsForRecord(handle.db, portalId, 'deals', '101')).toEqual([])
  })
})

describe('failInterruptedScans', () => {
  it('fails the scans left running and leaves finished ones alone', async () => {
    const portalId = await newPortal()
    const finished = await finishedScan(portalId, 1)
    const orphan = await createScan(handle.db, portalId, { kind: 'sample' })

    const failed = await failInterruptedScans(handle.admin)

    expect(failed).toBeGreaterThanOrEqual(1)
    expect(await findScan(handle.db, portalId, orphan)).toMatchObject({ status: 'failed',
      errorCode: 'SCAN_INTERRUPTED' })
    expect(await findScan(handle.db, portalId, finished)).toMatchObject({ status: 'finished' })
  })
})
