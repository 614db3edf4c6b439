import type { Kysely } from 'kysely'

import { deleteAuditEntriesBefore, insertAuditEntry } from '../db/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { maskDetail, maskUserId } from './mask.ts'

export type AuditAction =
  | 'auth.install'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.token_refresh'
  | 'auth.signature'
  | 'auth.session'
  | 'auth.disconnect'
  | 'data.scan'
  | 'data.read'
  | 'data.write'
  | 'data.delete'
  | 'admin.rotate_keys'

export type AuditOutcome = 'success' | 'failure' | 'denied'

export interface AuditEntry {
  /** Only a portal taken from verified data; null when none is known (a forged request). */
  portalId: number | null
  /** Stored masked (`***5678`, `j***@e***.com`), never as given. */
  userId?: string | number | null
  action: AuditAction
  outcome: AuditOutcome
  /** Masked before storage: emails, identifiers and anything token-like are hidden. */
  detail?: Record<string, string | number | boolean | null>
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>
}

const ACTIONS: ReadonlySet<string> = new Set<AuditAction>([
  'auth.install', 'auth.login', 'auth.logout', 'auth.token_refresh', 'auth.signature',
  'auth.session', 'auth.disconnect', 'data.scan', 'data.read', 'data.write', 'data.delete',
  'admin.rotate_keys',
])
const OUTCOMES: ReadonlySet<string> = new Set<AuditOutcome>(['success', 'failure', 'denied'])
const DAY_MS = 86_400_000
export const AUDIT_RETENTION_DAYS = 90

/**
 * The audit writer. `db` is the service connection: a portal's entry is written in that
 * portal's scope, so a handler of portal A cannot write into B's trail. A failed write
 * rejects; the caller decides whether the action may go on without its entry.
 */
export function createAuditLog(deps: { db: Kysely<Database>; now?: () => Date }): AuditLog {
  return {
    async record(entry) {
      if (!ACTIONS.has(entry.action)) {
        throw new TypeError(`unknown audit action ${String(entry.action)}`)
      }
      if (!OUTCOMES.has(entry.outcome)) {
        throw new TypeError(`unknown audit outcome ${String(entry.outcome)}`)
      }

      const userId = entry.userId ?? null
      await insertAuditEntry(deps.db, {
        portalId: entry.portalId,
        userId: userId === null ? null : maskUserId(userId),
        action: entry.action,
        outcome: entry.outcome,
        detail: maskDetail(entry.detail ?? {}),
        ...(deps.now ? { at: deps.now() } : {}),
      })
    },
  }
}

/**
 * Deletes entries older than `olderThanDays` (default 90) before `now`, for every portal
 * and for none; returns how many went. `admin` is the owner connection
 * (DatabaseHandle.admin): the service role may not delete audit entries.
 */
export async function pruneAuditLog(
  admin: Kysely<Database>,
  options: { olderThanDays?: number; now?: Date } = {},
): Promise<number> {
  const days = options.olderThanDays ?? AUDIT_RETENTION_DAYS
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new TypeError(`olderThanDays must be a positive integer, got ${String(days)}`)
  }

  const nowMs = (options.now ?? new Date()).getTime()

  return deleteAuditEntriesBefore(admin, new Date(nowMs - days * DAY_MS))
}
