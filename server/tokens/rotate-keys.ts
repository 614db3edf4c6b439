import type { Kysely } from 'kysely'

import type { Database } from '../db/database.ts'
import { findTokens, portalsWithTokensNotUnder, updateTokens, withTokenLock }
  from '../db/tokens.repository.ts'
import type { TokenCipher } from '../security/token-cipher.ts'
import { TokenCipherError } from '../security/token-cipher.ts'

export interface RotateDeps {
  /** Portal-scoped handle: each row is rewritten in its portal's transaction. */
  readonly db: Kysely<Database>
  /** Sees every portal's rows, to list them (the owner connection); defaults to db. */
  readonly admin?: Kysely<Database>
  readonly cipher: TokenCipher
}

export interface RotateResult {
  readonly rotated: number
  /** Grants still under another key afterwards: unreadable ones, or written meanwhile. */
  readonly remaining: number
}

/**
 * Re-encrypts every stored grant that is not under the cipher's current key, one portal at
 * a time under its advisory lock, so a refresh running meanwhile is never overwritten by
 * the older tokens this read. Safe while the service runs, and safe to run again.
 */
export async function rotateTokenKeys(deps: RotateDeps): Promise<RotateResult> {
  const admin = deps.admin ?? deps.db
  const { cipher } = deps
  const currentKeyId = cipher.currentKeyId
  let rotated = 0

  for (const portalId of await portalsWithTokensNotUnder(admin, currentKeyId)) {
    const done = await withTokenLock(deps.db, portalId, async (trx) => {
      const row = await findTokens(trx, portalId)
      // Gone, or refreshed since the listing: a refresh writes under the current key.
      if (!row || row.keyId === currentKeyId) return false

      let plain: [string, string]
      try {
        plain = await Promise.all([cipher.decrypt(row.accessToken),
          cipher.decrypt(row.refreshToken)])
      } catch (error) {
        // A row no configured key opens is left for the operator; the others go on.
        if (error instanceof TokenCipherError) return false
        throw error
      }
      const [accessToken, refreshToken] = await Promise.all(plain.map((t) => cipher.encrypt(t)))

      return updateTokens(trx, portalId, { ...row, keyId: currentKeyId,
        accessToken: accessToken as string, refreshToken: refreshToken as string })
    })
    if (done) rotated++
  }
  const remaining = (await portalsWithTokensNotUnder(admin, currentKeyId)).length

  return { rotated, remaining }
}
