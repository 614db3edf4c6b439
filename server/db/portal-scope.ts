import type { Kysely, Transaction } from 'kysely'

import type { Database } from './database.ts'
import { assertPortalId } from './guards.ts'

// Every repository function runs its queries through forPortal or inPortalTransaction, so
// the portal a query serves is settled in one place.
// TODO(#3): open (or join) a transaction here, `select set_config('app.portal_id', $1,
// true)` and on PGlite `set local role` to the application role, so row-level security
// scopes every statement to the portal; forPortal then becomes inPortalTransaction.

/** Runs a portal's read or single-statement write. */
export async function forPortal<T>(
  db: Kysely<Database>,
  portalId: number,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  assertPortalId(portalId)

  return work(db)
}

/**
 * Runs a portal's statements in one transaction, joining the caller's when `db` already
 * is one, so a repository function stays atomic alone or inside a larger unit of work.
 */
export async function inPortalTransaction<T>(
  db: Kysely<Database>,
  portalId: number,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  assertPortalId(portalId)
  if (db.isTransaction) return work(db as Transaction<Database>)

  return db.transaction().execute(work)
}
