import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { AuditDetail, AuditLogRow } from './audit-log.table.ts'
import type { Database } from './database.ts'
import { assertCount } from './guards.ts'
import { forPortal, withoutPortal } from './portal-scope.ts'

/** An audit entry as stored: identifiers already masked by server/audit. */
export interface StoredAuditEntry {
  readonly id: number
  readonly portalId: number | null
  readonly userId: string | null
  readonly at: string
  readonly action: string
  readonly outcome: string
  readonly detail: AuditDetail
}

export interface NewAuditEntry {
  readonly portalId: number | null
  readonly userId: string | null
  /** Unset: the database's clock. */
  readonly at?: Date
  readonly action: string
  readonly outcome: string
  readonly detail: AuditDetail
}

/**
 * Appends one entry. A portal's entry is written in that portal's scope; one without a
 * portal as the app role with no portal named, which the policies let write but not read.
 */
export async function insertAuditEntry(db: Kysely<Database>, entry: NewAuditEntry)
  : Promise<void> {
  const row = {
    portal_id: entry.portalId,
    user_id: entry.userId,
    action: entry.action,
    outcome: entry.outcome,
    detail: JSON.stringify(entry.detail),
    ...(entry.at ? { at: entry.at } : {}),
  }
  const insert = (db: Kysely<Database>) => db.insertInto('audit_log').values(row).execute()

  if (entry.portalId === null) await withoutPortal(db, insert)
  else await forPortal(db, entry.portalId, insert)
}

/** The portal's own trail, newest first. */
export async function listAuditEntries(
  db: Kysely<Database>,
  portalId: number,
  options: { limit: number },
): Promise<StoredAuditEntry[]> {
  assertCount('limit', options.limit)

  const rows = await forPortal(db, portalId, (db) =>
    db
      .selectFrom('audit_log')
      .selectAll()
      .where('portal_id', '=', portalId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit)
      .execute(),
  )

  return rows.map(fromRow)
}

/**
 * Deletes every entry, of every portal and of none, older than `cutoff`; returns how many.
 * Needs the owner connection: the app role may not delete audit entries at all.
 */
export async function deleteAuditEntriesBefore(
  admin: Kysely<Database>,
  cutoff: Date,
): Promise<number> {
  if (Number.isNaN(cutoff.getTime())) throw new TypeError('cutoff must be a valid date')

  const result = await admin
    .deleteFrom('audit_log')
    .where('at', '<', sql<Date>`${cutoff.toISOString()}::timestamptz`)
    .executeTakeFirst()

  return Number(result.numDeletedRows)
}

function fromRow(row: AuditLogRow): StoredAuditEntry {
  return {
    id: row.id,
    portalId: row.portal_id,
    userId: row.user_id,
    at: row.at.toISOString(),
    action: row.action,
    outcome: row.outcome,
    detail: row.detail,
  }
}
