import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import { withoutPortal } from './portal-scope.ts'

/** Remembers a state nonce until it is used or expires; expired ones are swept here too. */
export async function rememberStateNonce(
  db: Kysely<Database>,
  nonce: string,
  expiresAt: Date,
): Promise<void> {
  // No portal is known before the callback: the app role, with no portal named.
  await withoutPortal(db, async (trx) => {
    await trx.deleteFrom('oauth_states').where('expires_at', '<', sql<Date>`now()`).execute()
    await trx.insertInto('oauth_states').values({ nonce, expires_at: expiresAt }).execute()
  })
}

/**
 * Uses a state nonce: true exactly once per remembered, unexpired nonce. The delete is the
 * test, so two callbacks racing with one state cannot both win.
 */
export async function consumeStateNonce(db: Kysely<Database>, nonce: string): Promise<boolean> {
  const removed = await withoutPortal(db, (trx) =>
    trx
      .deleteFrom('oauth_states')
      .where('nonce', '=', nonce)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('nonce')
      .execute(),
  )

  return removed.length === 1
}
