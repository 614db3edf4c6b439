import type { SealedTokenSet } from '../db/tokens.repository.ts'
import type { TokenSet } from '../hubspot/oauth-client.ts'
import type { TokenCipher } from '../security/token-cipher.ts'

/** Encrypts both tokens of a grant under the cipher's current key, for storage. */
export async function sealTokenSet(cipher: TokenCipher, tokens: TokenSet)
  : Promise<SealedTokenSet> {
  const [accessToken, refreshToken] = await Promise.all([
    cipher.encrypt(tokens.accessToken),
    cipher.encrypt(tokens.refreshToken),
  ])

  return {
    keyId: cipher.currentKeyId,
    accessToken,
    refreshToken,
    expiresAtMs: tokens.expiresAtMs,
    lifetimeMs: tokens.lifetimeMs,
    hubId: tokens.hubId,
    userId: tokens.userId,
    scopes: tokens.scopes,
  }
}
