import { sql } from 'kysely'
import type { Kysely, UpdateObject } from 'kysely'

import type { ObjectType, PropertyMeta } from '../../shared/crm.ts'
import type { ErrorCode } from '../../shared/errors.ts'
import type { PortalReport } from '../../shared/report.ts'
import { errors } from '../errors.ts'
import type { Database } from './database.ts'
import { assertCount, assertScanId } from './guards.ts'
import { forPortal, inPortalTransaction } from './portal-scope.ts'
import { savePropertyMeta } from './property-meta.repository.ts'
import { reportToRows } from './report-rows.ts'
import { assertStorableReport } from './report-guards.ts'
import { insertReportRows } from './report-store.ts'
import type { ScanKind, ScanProgress } from './scan-summary.ts'

// The read side lives in scan-reads.ts; callers import everything about scans from here.
export {
  duplicateGroupsForRecord,
  findScan,
  latestScan,
  readReport,
  scanHistory,
} from './scan-reads.ts'
export type { ScanHistoryPoint, ScanKind, ScanProgress, ScanSummary } from './scan-summary.ts'

/** The properties a scan read and how full each was in its sample, per object. */
export interface PropertyStats {
  readonly properties: Readonly<Partial<Record<ObjectType, readonly PropertyMeta[]>>>
  readonly fillRates: Readonly<Partial<Record<ObjectType, ReadonlyMap<string, number>>>>
}

/** Starts a running scan of a portal that must already exist; returns the scan id. */
export async function createScan(
  db: Kysely<Database>,
  portalId: number,
  options: { kind: ScanKind },
): Promise<number> {
  if (options.kind !== 'sample' && options.kind !== 'full') {
    throw new TypeError(`scan kind must be 'sample' or 'full', got ${String(options.kind)}`)
  }

  // Selecting from portals turns an unknown portal into "no row" rather than an FK error.
  const row = await forPortal(db, portalId, (db) =>
    db
      .insertInto('scans')
      .columns(['portal_id', 'kind'])
      .expression((eb) =>
        eb
          .selectFrom('portals')
          .select((eb) => ['portal_id', eb.val(options.kind).as('kind')])
          .where('portal_id', '=', portalId),
      )
      .returning('id')
      .executeTakeFirst(),
  )
  if (!row) throw errors.notFound(`Portal ${portalId}`)

  return row.id
}

export async function updateScanProgress(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
  progress: ScanProgress,
): Promise<void> {
  assertCount('progress.done', progress.done)
  assertCount('progress.total', progress.total)

  await updateRunningScan(db, portalId, scanId, {
    progress_step: progress.step,
    progress_done: progress.done,
    progress_total: progress.total,
  })
}

/**
 * Stores the report and the property statistics and marks the scan finished, all in one
 * transaction: a card never sees a finished scan with half a report.
 */
export async function finishScan(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
  report: PortalReport,
  propertyStats: PropertyStats,
): Promise<void> {
  assertStorableReport(report)

  const rows = reportToRows(portalId, scanId, report)
  await inPortalTransaction(db, portalId, async (trx) => {
    // The scan row first: it proves the scan is this portal's and still running.
    await updateRunningScan(trx, portalId, scanId, {
      ...rows.scan,
      status: 'finished',
      finished_at: sql`now()`,
    })
    await insertReportRows(trx, rows)
    for (const [type, properties] of Object.entries(propertyStats.properties)) {
      const objectType = type as ObjectType
      const fillRates = propertyStats.fillRates[objectType] ?? new Map<string, number>()
      await savePropertyMeta(trx, portalId, objectType, properties ?? [], fillRates)
    }
  })
}

/** Marks a running scan failed with the code of what stopped it. */
export async function failScan(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
  code: ErrorCode,
): Promise<void> {
  await updateRunningScan(db, portalId, scanId, {
    status: 'failed',
    error_code: code,
    finished_at: sql`now()`,
  })
}

async function updateRunningScan(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
  changes: UpdateObject<Database, 'scans'>,
): Promise<void> {
  assertScanId(scanId)

  const result = await forPortal(db, portalId, (db) =>
    db
      .updateTable('scans')
      .set(changes)
      .where('portal_id', '=', portalId)
      .where('id', '=', scanId)
      .where('status', '=', 'running')
      .executeTakeFirst(),
  )
  if (result.numUpdatedRows === 0n) throw errors.notFound(`Running scan ${scanId}`)
}

/**
 * Fails every scan still marked running. Only for a process that knows no other one can
 * be scanning: the embedded database at start-up, whose folder this process has claimed.
 * Without it, a scan cut short by Ctrl+C or a crash would show as running for ever.
 */
export async function failInterruptedScans(admin: Kysely<Database>): Promise<number> {
  const result = await admin
    .updateTable('scans')
    .set({ status: 'failed', error_code: 'SCAN_INTERRUPTED', finished_at: sql`now()` })
    .where('status', '=', 'running')
    .executeTakeFirst()

  return Number(result.numUpdatedRows)
}
