import { ERROR_CODES } from '../../shared/errors.ts'
import type { ErrorCode } from '../../shared/errors.ts'
import type { ScanKind, ScanRow, ScanStatus } from './scans.table.ts'

export type { ScanKind, ScanStatus } from './scans.table.ts'

export interface ScanProgress {
  readonly step: string
  readonly done: number
  readonly total: number
}

/** A scan without its report: what a progress bar or a "last scanned" line needs. */
export interface ScanSummary {
  readonly scanId: number
  readonly portalId: number
  readonly kind: ScanKind
  readonly status: ScanStatus
  /** Null until the scan first reports progress. */
  readonly progress: ScanProgress | null
  /** The portal score; null while running, after a failure, or when nothing was measured. */
  readonly score: number | null
  readonly startedAt: string
  readonly finishedAt: string | null
  /** The report's `scannedAt`, set when the scan finished. */
  readonly scannedAt: string | null
  readonly errorCode: ErrorCode | null
}

/** One point of the score trend chart. */
export interface ScanHistoryPoint {
  readonly scanId: number
  readonly finishedAt: string
  readonly score: number | null
}

export function toScanSummary(row: ScanRow): ScanSummary {
  return {
    scanId: row.id,
    portalId: row.portal_id,
    kind: row.kind,
    status: row.status,
    progress: toProgress(row),
    score: row.score,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    scannedAt: row.scanned_at?.toISOString() ?? null,
    errorCode: toErrorCode(row.error_code),
  }
}

function toProgress(row: ScanRow): ScanProgress | null {
  if (row.progress_step === null) return null

  return {
    step: row.progress_step,
    done: row.progress_done ?? 0,
    total: row.progress_total ?? 0,
  }
}

/** A code retired since the scan failed still reads back as a known one. */
function toErrorCode(code: string | null): ErrorCode | null {
  if (code === null) return null

  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'INTERNAL'
}
