import type { Kysely } from 'kysely'

import type { CheckCategory } from '../../shared/report.ts'
import type { Database } from './database.ts'
import { inPortalTransaction } from './portal-scope.ts'
import type { ConnectionStatus } from './portals.table.ts'
import { type ScanSummary, toScanSummary } from './scan-summary.ts'

/** The scores of the portal's latest finished scan, without the rest of its report. */
export interface LatestScores {
  readonly scanId: number
  readonly score: number | null
  readonly categoryScores: Readonly<Record<CheckCategory, number | null>>
  readonly scannedAt: string | null
}

/** What a card shows about a portal, read in one snapshot. */
export interface PortalHealthRows {
  /** The newest scan whatever its status: running, finished or failed. */
  readonly latestAttempt: ScanSummary | null
  readonly latestScores: LatestScores | null
  /** Null when the portal was never installed. */
  readonly connectionStatus: ConnectionStatus | null
}

/**
 * The card's read: three small indexed queries in one transaction, so a scan finishing in
 * between never pairs a "running" status with the scores of the scan it replaced.
 */
export async function readPortalHealth(
  db: Kysely<Database>,
  portalId: number,
): Promise<PortalHealthRows> {
  return inPortalTransaction(db, portalId, async (trx) => {
    const attempt = await trx
      .selectFrom('scans')
      .selectAll()
      .where('portal_id', '=', portalId)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    const finished = await trx
      .selectFrom('scans')
      .select(['id', 'score', 'fill_score', 'validity_score', 'duplicates_score',
        'associations_score', 'pipeline_score', 'ownership_score', 'scanned_at'])
      .where('portal_id', '=', portalId)
      .where('status', '=', 'finished')
      .where('finished_at', 'is not', null)
      .orderBy('finished_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    const portal = await trx
      .selectFrom('portals')
      .select('connection_status')
      .where('portal_id', '=', portalId)
      .executeTakeFirst()

    return {
      latestAttempt: attempt ? toScanSummary(attempt) : null,
      latestScores: finished
        ? {
          scanId: finished.id,
          score: finished.score,
          categoryScores: {
            fill: finished.fill_score,
            validity: finished.validity_score,
            duplicates: finished.duplicates_score,
            associations: finished.associations_score,
            pipeline: finished.pipeline_score,
            ownership: finished.ownership_score,
          },
          scannedAt: finished.scanned_at?.toISOString() ?? null,
        }
        : null,
      connectionStatus: portal?.connection_status ?? null,
    }
  })
}
