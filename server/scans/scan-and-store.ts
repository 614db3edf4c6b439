import type { Kysely } from 'kysely'

import type { Database } from '../db/database.ts'
import { upsertPortal } from '../db/portals.repository.ts'
import {
  createScan,
  failScan,
  finishScan,
  updateScanProgress,
} from '../db/scans.repository.ts'
import { AppError } from '../errors.ts'
import { runScan, type ScanDeps, type ScanOptions, type ScanOutcome } from './run-scan.ts'

/** Progress is written at most this often: a scan reads thousands of records a second. */
const PROGRESS_WRITE_INTERVAL_MS = 1_000

/**
 * Runs a scan for a connected portal and stores its aggregates: the scan row with its
 * progress, then the report and property metadata. The records themselves never reach
 * the database.
 */
export async function scanAndStore(
  db: Kysely<Database>,
  portalId: number,
  deps: ScanDeps,
  options: ScanOptions,
): Promise<{ scanId: number; outcome: ScanOutcome }> {
  const scanId = await createScan(db, portalId, { kind: options.kind })
  let lastWriteMs = 0
  let writes: Promise<void> = Promise.resolve()
  const onProgress: ScanOptions['onProgress'] = (progress) => {
    options.onProgress?.(progress)
    const nowMs = Date.now()
    if (nowMs - lastWriteMs < PROGRESS_WRITE_INTERVAL_MS) return
    lastWriteMs = nowMs
    writes = writes.then(() => updateScanProgress(db, portalId, scanId, progress))
  }

  try {
    const outcome = await runScan(deps, { ...options, onProgress })
    await writes
    if (outcome.details.portalId !== portalId) {
      throw new TypeError(`scan of portal ${outcome.details.portalId} stored as ${portalId}`)
    }
    await upsertPortal(db, outcome.details)
    // One transaction: the report and the property metadata land together or not at all.
    await finishScan(db, portalId, scanId, outcome.report, {
      properties: outcome.properties,
      fillRates: outcome.fillRates,
    })

    return { scanId, outcome }
  } catch (error) {
    await writes.catch(() => {})
    await failScan(db, portalId, scanId, error instanceof AppError ? error.code : 'INTERNAL')
    throw error
  }
}
