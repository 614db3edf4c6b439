import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import { forPortal, inPortalTransaction } from './portal-scope.ts'

/** What an idempotency key already stands for, if anything. */
export type FixClaim =
  | { readonly state: 'claimed' }
  | { readonly state: 'done'; readonly result: unknown }
  | { readonly state: 'pending' }
  | { readonly state: 'other-preview' }

/**
 * Claims `key` for one preview of a portal. The first caller gets `claimed` and must later
 * save a result (or release the key); later callers learn what the key already stands for.
 */
export async function claimFixKey(
  db: Kysely<Database>,
  portalId: number,
  key: string,
  previewDigest: string,
): Promise<FixClaim> {
  return inPortalTransaction(db, portalId, async (trx) => {
    const inserted = await trx
      .insertInto('fix_applications')
      .values({ portal_id: portalId, idempotency_key: key, preview_digest: previewDigest,
        result: null })
      .onConflict((conflict) => conflict.columns(['portal_id', 'idempotency_key']).doNothing())
      .returning('idempotency_key')
      .executeTakeFirst()
    if (inserted) return { state: 'claimed' }
    const row = await trx
      .selectFrom('fix_applications')
      .select(['preview_digest', 'result'])
      .where('portal_id', '=', portalId)
      .where('idempotency_key', '=', key)
      .executeTakeFirstOrThrow()
    if (row.preview_digest !== previewDigest) return { state: 'other-preview' }

    return row.result === null ? { state: 'pending' } : { state: 'done', result: row.result }
  })
}

/** Stores the outcome a claimed key stands for from now on. */
export async function saveFixResult(
  db: Kysely<Database>,
  portalId: number,
  key: string,
  result: unknown,
): Promise<void> {
  await forPortal(db, portalId, (db) =>
    db
      .updateTable('fix_applications')
      .set({ result: JSON.stringify(result) })
      .where('portal_id', '=', portalId)
      .where('idempotency_key', '=', key)
      .execute())
}

/** Frees a claimed key whose fix never reached HubSpot, so the same key can try again. */
export async function releaseFixKey(
  db: Kysely<Database>,
  portalId: number,
  key: string,
): Promise<void> {
  await forPortal(db, portalId, (db) =>
    db
      .deleteFrom('fix_applications')
      .where('portal_id', '=', portalId)
      .where('idempotency_key', '=', key)
      .where(sql<boolean>`result is null`)
      .execute())
}
