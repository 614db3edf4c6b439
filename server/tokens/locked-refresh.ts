import type { Kysely } from 'kysely'

import type { Database } from '../db/database.ts'
import { setConnectionStatus } from '../db/portals.repository.ts'
import { findTokens, updateTokens, withTokenLock } from '../db/tokens.repository.ts'
import type { StoredTokens } from '../db/tokens.repository.ts'
import { isAuthFailure } from '../hubspot/oauth-client.ts'
import type { OAuthClient, TokenSet } from '../hubspot/oauth-client.ts'
import type { TokenCipher } from '../security/token-cipher.ts'
import { sealTokenSet } from './seal-tokens.ts'

/** Why a token is wanted: it is due (80 % of its life), or HubSpot called it expired. */
export type RefreshMode =
  | { readonly kind: 'due' }
  | { readonly kind: 'expired'; readonly staleToken: string }

/** An access token in plain text, held in memory only. */
export interface OpenAccess {
  readonly accessToken: string
  readonly expiresAtMs: number
  readonly lifetimeMs: number
}

export type RefreshOutcome =
  | { readonly kind: 'tokens'; readonly access: OpenAccess; readonly refreshed: boolean }
  /** No grant, or one already marked needs_reconnect or disconnected. */
  | { readonly kind: 'not-connected' }
  /** HubSpot rejected the refresh token just now; the portal is marked needs_reconnect. */
  | { readonly kind: 'rejected' }
  /** HubSpot could not refresh (unreachable, 5xx); the stored token is unchanged. */
  | { readonly kind: 'unavailable'; readonly error: unknown; readonly current: OpenAccess }

export interface RefreshDeps {
  readonly db: Kysely<Database>
  readonly cipher: TokenCipher
  readonly oauth: OAuthClient
  readonly now: () => number
  readonly refreshAtShare: number
}

/** When a stored token should be replaced: at `refreshAtShare` of its lifetime. */
export function refreshAtMs(access: Pick<OpenAccess, 'expiresAtMs' | 'lifetimeMs'>,
  share: number): number {
  return access.expiresAtMs - access.lifetimeMs * (1 - share)
}

/**
 * Decides, and if needed makes, the portal's refresh while holding its advisory lock: at
 * most one process refreshes a grant at a time, and whoever comes second reads the row the
 * first one wrote instead of spending the refresh token again.
 */
export function lockedRefresh(deps: RefreshDeps, portalId: number, mode: RefreshMode)
  : Promise<RefreshOutcome> {
  return withTokenLock(deps.db, portalId, async (trx) => {
    const row = await findTokens(trx, portalId)
    if (!row || row.connectionStatus !== 'connected') return { kind: 'not-connected' }

    const current = await openAccess(deps.cipher, row)
    if (!needsRefresh(deps, current, mode)) {
      return { kind: 'tokens', access: current, refreshed: false }
    }
    let fresh: TokenSet
    try {
      fresh = await deps.oauth.refresh(await deps.cipher.decrypt(row.refreshToken))
    } catch (error) {
      if (!isAuthFailure(error)) return { kind: 'unavailable', error, current }
      // Returned, not thrown: the mark must commit. Nothing retries this grant again.
      await setConnectionStatus(trx, portalId, 'needs_reconnect')

      return { kind: 'rejected' }
    }
    // HubSpot may leave out the ids and scopes on a refresh; the grant still has them.
    const merged: TokenSet = {
      ...fresh,
      hubId: fresh.hubId ?? row.hubId,
      userId: fresh.userId ?? row.userId,
      scopes: fresh.scopes.length > 0 ? fresh.scopes : row.scopes,
    }
    await updateTokens(trx, portalId, await sealTokenSet(deps.cipher, merged))

    return {
      kind: 'tokens',
      access: { accessToken: fresh.accessToken, expiresAtMs: fresh.expiresAtMs,
        lifetimeMs: fresh.lifetimeMs },
      refreshed: true,
    }
  })
}

/** Reads the stored access token without the lock: the cheap path of a cold start. */
export async function openAccess(cipher: TokenCipher, row: StoredTokens): Promise<OpenAccess> {
  return {
    accessToken: await cipher.decrypt(row.accessToken),
    expiresAtMs: row.expiresAtMs,
    lifetimeMs: row.lifetimeMs,
  }
}

/** Whether `current` (the stored token) cannot serve a caller who asked in `mode`. */
export function needsRefresh(deps: Pick<RefreshDeps, 'now' | 'refreshAtShare'>,
  current: OpenAccess, mode: RefreshMode): boolean {
  // After a 401, any other token is newer than the one HubSpot refused: someone refreshed.
  if (mode.kind === 'expired') return current.accessToken === mode.staleToken

  return deps.now() >= refreshAtMs(current, deps.refreshAtShare)
}
