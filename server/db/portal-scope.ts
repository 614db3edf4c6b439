import { sql } from 'kysely'
import type { Kysely, Transaction } from 'kysely'

import type { Database } from './database.ts'
import { assertPortalId } from './guards.ts'

/** The role every tenant statement runs as (migrations/0009_enable_row_level_security.sql). */
export const APP_ROLE = 'portalpilot_app'

// Every repository function runs its queries through forPortal or inPortalTransaction:
// each opens (or joins) a transaction that names its portal and switches to the app role,
// so row-level security scopes every statement to the portal even on an owner or superuser
// connection (PGlite's only connection is a superuser, and superusers bypass RLS; a
// superuser that switched to a plain role does not).

/** Runs a portal's read or single-statement write (in a transaction of its own). */
export async function forPortal<T>(
  db: Kysely<Database>,
  portalId: number,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return inPortalTransaction(db, portalId, work)
}

/**
 * Runs a portal's statements in one transaction, joining the caller's when `db` already
 * is one, so a repository function stays atomic alone or inside a larger unit of work.
 * Joining a transaction scoped to another portal is a TypeError: one unit of work
 * serving two tenants is exactly the confusion RLS is there to stop.
 */
export async function inPortalTransaction<T>(
  db: Kysely<Database>,
  portalId: number,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  assertPortalId(portalId)
  if (!db.isTransaction) {
    return db.transaction().execute(async (trx) => {
      await enterScope(trx, String(portalId))

      return work(trx)
    })
  }

  const trx = db as Transaction<Database>
  const current = await currentPortalSetting(trx)
  if (current === '') {
    await enterScope(trx, String(portalId))
  } else if (current !== String(portalId)) {
    throw new TypeError(`a transaction of portal ${current} cannot serve portal ${portalId}`)
  }

  return work(trx)
}

/**
 * Runs statements as the app role with no portal named: tenant tables show no rows, and
 * the only tenant write that passes is an audit entry without a portal. Joins `db` when it
 * is a transaction (keeping any portal it already names).
 */
export async function withoutPortal<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (!db.isTransaction) {
    return db.transaction().execute(async (trx) => {
      await enterScope(trx, '')

      return work(trx)
    })
  }

  const trx = db as Transaction<Database>
  if ((await currentPortalSetting(trx)) === '') await enterScope(trx, '')

  return work(trx)
}

/** One round trip: set_config('role') is what `set local role` does, as a function. */
async function enterScope(trx: Transaction<Database>, portalSetting: string): Promise<void> {
  await sql`select set_config('app.portal_id', ${portalSetting}, true),
    set_config('role', ${APP_ROLE}, true)`.execute(trx)
}

async function currentPortalSetting(trx: Transaction<Database>): Promise<string> {
  const { rows } = await sql<{ portal: string | null }>`
    select current_setting('app.portal_id', true) as portal`.execute(trx)

  return rows[0]?.portal ?? ''
}
