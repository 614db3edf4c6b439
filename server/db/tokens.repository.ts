import { sql } from 'kysely'
import type { Kysely, Transaction } from 'kysely'

import type { Database } from './database.ts'
import { forPortal, inPortalTransaction } from './portal-scope.ts'
import type { ConnectionStatus } from './portals.table.ts'

/** A portal's grant as stored: both tokens sealed under `keyId`, never plain text. */
export interface SealedTokenSet {
  readonly keyId: string
  readonly accessToken: string
  readonly refreshToken: string
  readonly expiresAtMs: number
  readonly lifetimeMs: number
  readonly hubId: number | null
  readonly userId: number | null
  readonly scopes: readonly string[]
}

export interface StoredTokens extends SealedTokenSet {
  readonly portalId: number
  readonly connectionStatus: ConnectionStatus
}

/** Inserts or replaces the portal's grant; the portal row must exist. */
export async function upsertTokens(
  db: Kysely<Database>,
  portalId: number,
  tokens: SealedTokenSet,
): Promise<void> {
  const columns = toColumns(tokens)

  await forPortal(db, portalId, (db) =>
    db
      .insertInto('oauth_tokens')
      .values({ portal_id: portalId, ...columns })
      .onConflict((oc) => oc.column('portal_id').doUpdateSet({ ...columns,
        updated_at: sql`now()` }))
      .execute(),
  )
}

/** Replaces the stored grant of a portal that has one; false when there is none. */
export async function updateTokens(
  db: Kysely<Database>,
  portalId: number,
  tokens: SealedTokenSet,
): Promise<boolean> {
  const result = await forPortal(db, portalId, (db) =>
    db
      .updateTable('oauth_tokens')
      .set({ ...toColumns(tokens), updated_at: sql`now()` })
      .where('portal_id', '=', portalId)
      .executeTakeFirst(),
  )

  return result.numUpdatedRows > 0n
}

/** The portal's sealed grant and its connection status; null when it has no grant. */
export async function findTokens(
  db: Kysely<Database>,
  portalId: number,
): Promise<StoredTokens | null> {
  const row = await forPortal(db, portalId, (db) =>
    db
      .selectFrom('oauth_tokens')
      .innerJoin('portals', 'portals.portal_id', 'oauth_tokens.portal_id')
      .selectAll('oauth_tokens')
      .select('portals.connection_status')
      .where('oauth_tokens.portal_id', '=', portalId)
      .executeTakeFirst(),
  )
  if (!row) return null

  return {
    portalId: row.portal_id,
    connectionStatus: row.connection_status,
    keyId: row.key_id,
    accessToken: row.access_token,
    refreshToken: row.refresh_token,
    expiresAtMs: row.expires_at.getTime(),
    lifetimeMs: row.lifetime_ms,
    hubId: row.hub_id,
    userId: row.user_id,
    scopes: row.scopes,
  }
}

export async function deleteTokens(db: Kysely<Database>, portalId: number): Promise<boolean> {
  const result = await forPortal(db, portalId, (db) =>
    db.deleteFrom('oauth_tokens').where('portal_id', '=', portalId).executeTakeFirst(),
  )

  return result.numDeletedRows > 0n
}

/**
 * Runs `work` in a transaction of the portal holding `pg_advisory_xact_lock(portalId)`, so
 * one process at a time refreshes, rotates or revokes a portal's grant. The lock ends with
 * the transaction, also when the process dies.
 */
export async function withTokenLock<T>(
  db: Kysely<Database>,
  portalId: number,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return inPortalTransaction(db, portalId, async (trx) => {
    await sql`select pg_advisory_xact_lock(${portalId}::bigint)`.execute(trx)

    return work(trx)
  })
}

/**
 * Maintenance across portals (key rotation): the portals whose grant is not under `keyId`.
 * Needs a connection that sees every portal's rows (the owner), not a portal-scoped one.
 */
export async function portalsWithTokensNotUnder(
  admin: Kysely<Database>,
  keyId: string,
): Promise<number[]> {
  const rows = await admin
    .selectFrom('oauth_tokens')
    .select('portal_id')
    .where('key_id', '<>', keyId)
    .orderBy('portal_id')
    .execute()

  return rows.map((row) => row.portal_id)
}

function toColumns(tokens: SealedTokenSet) {
  if (!Number.isSafeInteger(tokens.lifetimeMs) || tokens.lifetimeMs <= 0) {
    throw new TypeError('lifetimeMs must be a positive integer')
  }
  if (!Number.isFinite(tokens.expiresAtMs)) throw new TypeError('expiresAtMs must be finite')

  return {
    key_id: tokens.keyId,
    access_token: tokens.accessToken,
    refresh_token: tokens.refreshToken,
    expires_at: new Date(tokens.expiresAtMs),
    lifetime_ms: tokens.lifetimeMs,
    hub_id: tokens.hubId,
    user_id: tokens.userId,
    scopes: [...tokens.scopes],
  }
}
