import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import { chunked } from './guards.ts'
import type { StoredReportRows } from './report-from-rows.ts'
import type { ReportRows } from './report-rows.ts'

// check_results has 18 columns: 500 rows bind 9,000 values, far below the 65,535 limit.
const ROWS_PER_INSERT = 500

/** Inserts the per-object, per-check and duplicate rows of a report. */
export async function insertReportRows(db: Kysely<Database>, rows: ReportRows): Promise<void> {
  await db.insertInto('object_scores').values(rows.objects).execute()
  for (const chunk of chunked(rows.checks, ROWS_PER_INSERT)) {
    await db.insertInto('check_results').values(chunk).execute()
  }
  for (const chunk of chunked(rows.duplicates, ROWS_PER_INSERT)) {
    await db.insertInto('duplicate_groups').values(chunk).execute()
  }
}

/** Every stored row of a finished scan of the portal; null when there is no such scan. */
export async function selectReportRows(
  db: Kysely<Database>,
  portalId: number,
  scanId: number,
): Promise<StoredReportRows | null> {
  const scan = await db
    .selectFrom('scans')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('id', '=', scanId)
    .where('status', '=', 'finished')
    .executeTakeFirst()
  if (!scan) return null

  const objects = await db
    .selectFrom('object_scores')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('scan_id', '=', scanId)
    .execute()
  const checks = await db
    .selectFrom('check_results')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('scan_id', '=', scanId)
    .orderBy('object_type')
    .orderBy('ordinal')
    .execute()
  const duplicates = await db
    .selectFrom('duplicate_groups')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('scan_id', '=', scanId)
    .orderBy('object_type')
    .orderBy('ordinal')
    .execute()

  return { scan, objects, checks, duplicates }
}
