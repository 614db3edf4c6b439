import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { ObjectType } from '../../shared/crm.ts'
import type { DuplicateGroup, PortalReport } from '../../shared/report.ts'
import { errors } from '../errors.ts'
import type { Database } from './database.ts'
import { assertScanId } from './guards.ts'
import { forPortal, inPortalTransaction } from './portal-scope.ts'
import { rowsToReport, toDuplicateGroup } from './report-from-rows.ts'
import { selectReportRows } from './report-store.ts'
import { toScanSummary } from './scan-summary.ts'
import type { ScanHistoryPoint, ScanSummary } from './scan-summary.ts'

const MAX_HISTORY = 1_000

/** Any scan of the portal, running or not; null when the portal has no such scan. */
export async function findScan(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
): Promise<ScanSummary | null> {
  assertScanId(scanId)

  const row = await forPortal(db, portalId, (db) =>
    db
      .selectFrom('scans')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('id', '=', scanId)
      .executeTakeFirst(),
  )

  return row ? toScanSummary(row) : null
}

/** The most recently finished scan of the portal (running and failed scans are skipped). */
export async function latestScan(
  db: Kysely<Database>,
  portalId: number,
): Promise<ScanSummary | null> {
  const row = await forPortal(db, portalId, (db) =>
    finishedScans(db, portalId).selectAll().limit(1).executeTakeFirst(),
  )

  return row ? toScanSummary(row) : null
}

/** The last `limit` finished scans, oldest first, for the score trend chart. */
export async function scanHistory(
  db: Kysely<Database>,
  portalId: number,
  limit: number,
): Promise<ScanHistoryPoint[]> {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_HISTORY) {
    throw new TypeError(`limit must be an integer from 1 to ${MAX_HISTORY}`)
  }

  const rows = await forPortal(db, portalId, (db) =>
    finishedScans(db, portalId)
      .select(['id', 'finished_at', 'score'])
      .$narrowType<{ finished_at: Date }>()
      .limit(limit)
      .execute(),
  )

  return rows.reverse().map((row) => ({
    scanId: row.id,
    finishedAt: row.finished_at.toISOString(),
    score: row.score,
  }))
}

/** The report of a finished scan, rebuilt from its rows; NOT_FOUND for any other scan. */
export async function readReport(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
): Promise<PortalReport> {
  assertScanId(scanId)

  // One transaction, so the four reads see one snapshot.
  const rows = await inPortalTransaction(db, portalId, (trx) =>
    selectReportRows(trx, portalId, scanId),
  )
  if (!rows) throw errors.notFound(`The report of scan ${scanId}`)

  return rowsToReport(rows)
}

/** The duplicate groups of the portal's latest finished scan that contain the record. */
export async function duplicateGroupsForRecord(
  db: Kysely<Database>,
  portalId: number,
  objectType: ObjectType,
  recordId: string,
): Promise<DuplicateGroup[]> {
  const rows = await forPortal(db, portalId, (db) => {
    if (objectType === 'deals') return Promise.resolve([])

    return db
      .selectFrom('duplicate_groups')
      .select(['record_ids', 'confidence', 'reason'])
      .where('portal_id', '=', portalId)
      .where('object_type', '=', objectType)
      .where('scan_id', '=', (eb) =>
        eb
          .selectFrom('scans')
          .select('id')
          .where('portal_id', '=', portalId)
          .where('status', '=', 'finished')
          .orderBy('finished_at', 'desc')
          .orderBy('id', 'desc')
          .limit(1),
      )
      // Containment rather than `= any(...)`, so the GIN index on record_ids answers it.
      .where(sql<boolean>`record_ids @> array[${recordId}]::text[]`)
      .orderBy('ordinal')
      .execute()
  })

  return rows.map(toDuplicateGroup)
}

/** Finished scans of a portal, newest first; finished_at is never null for them. */
function finishedScans(db: Kysely<Database>, portalId: number) {
  return db
    .selectFrom('scans')
    .where('portal_id', '=', portalId)
    .where('status', '=', 'finished')
    .where('finished_at', 'is not', null)
    .orderBy('finished_at', 'desc')
    .orderBy('id', 'desc')
}
