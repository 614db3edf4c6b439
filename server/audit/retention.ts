import type { Kysely } from 'kysely'

import type { Database } from '../db/database.ts'
import { pruneAuditLog } from './audit-log.ts'

export interface AuditRetentionOptions {
  intervalMs: number
  olderThanDays?: number
  /** After each pass, with how many entries it deleted. */
  onPruned?: (deleted: number) => void
  /** A failed pass is reported here and retried at the next interval. */
  onError?: (error: unknown) => void
}

/**
 * Prunes the audit log now and then every `intervalMs` on the owner connection; returns a
 * stop function. The timer is unref'd, so it never keeps the process alive, and a pass
 * still running when the next is due makes that one skip rather than pile up.
 */
export function startAuditRetention(
  admin: Kysely<Database>,
  options: AuditRetentionOptions,
): () => void {
  if (!Number.isSafeInteger(options.intervalMs) || options.intervalMs < 1) {
    throw new TypeError(`intervalMs must be a positive integer, got ${options.intervalMs}`)
  }

  let running = false
  let stopped = false
  const pass = async () => {
    if (running || stopped) return

    running = true
    try {
      const deleted = await pruneAuditLog(admin, {
        ...(options.olderThanDays === undefined ? {} : { olderThanDays: options.olderThanDays }),
      })
      options.onPruned?.(deleted)
    } catch (error) {
      options.onError?.(error)
    } finally {
      running = false
    }
  }

  const timer = setInterval(() => void pass(), options.intervalMs)
  timer.unref()
  void pass()

  return () => {
    stopped = true
    clearInterval(timer)
  }
}
