import type { Kysely } from 'kysely'

import type { Database } from '../db/database.ts'
import { setConnectionStatus } from '../db/portals.repository.ts'
import { deleteTokens, findTokens, upsertTokens, withTokenLock }
  from '../db/tokens.repository.ts'
import { errors } from '../errors.ts'
import type { AccessTokenSource } from '../hubspot/access-token.ts'
import { isAuthFailure } from '../hubspot/oauth-client.ts'
import type { OAuthClient, TokenSet } from '../hubspot/oauth-client.ts'
import type { TokenCipher } from '../security/token-cipher.ts'
import { TokenCipherError } from '../security/token-cipher.ts'
import { lockedRefresh, needsRefresh, openAccess, refreshAtMs } from './locked-refresh.ts'
import type { OpenAccess, RefreshDeps, RefreshMode } from './locked-refresh.ts'
import { rotateTokenKeys } from './rotate-keys.ts'
import type { RotateResult } from './rotate-keys.ts'
import { sealTokenSet } from './seal-tokens.ts'

/** Stores portals' OAuth grants encrypted and hands out access tokens that work. */
export interface TokenService {
  /** Stores a new grant (install, reconnect) and marks the portal connected. */
  save(portalId: number, tokens: TokenSet): Promise<void>
  accessTokenSource(portalId: number): AccessTokenSource
  /** Revokes the refresh token at HubSpot, then deletes the grant. */
  revokeAndForget(portalId: number): Promise<void>
  rotate(): Promise<RotateResult>
}

export interface TokenServiceDeps {
  readonly db: Kysely<Database>
  /** Sees every portal (the owner connection), for rotate(); defaults to db. */
  readonly admin?: Kysely<Database>
  readonly cipher: TokenCipher
  readonly oauth: OAuthClient
  readonly now?: () => number
  /** Told once when HubSpot rejects a portal's refresh token (stop its scans, audit). */
  readonly onRefreshFailure?: (portalId: number) => void
}

// HubSpot asks for a refresh well ahead of expiry; 80 % leaves six minutes of a 30-minute
// token for a slow refresh.
const REFRESH_AT_SHARE = 0.8
// A portal that cannot be served is not asked about again for this long, so a burst of
// card requests costs one database read, not one each; a save() clears it at once.
const FAILURE_MEMO_MS = 30_000
// When HubSpot cannot refresh a token that still works, use it and try again this much later.
const RETRY_REFRESH_MS = 15_000

interface PortalState {
  access: OpenAccess & { readonly refreshAtMs: number } | null
  failedUntilMs: number
  pending: Promise<string> | null
}

export function createTokenService(deps: TokenServiceDeps): TokenService {
  const now = deps.now ?? Date.now
  const refreshDeps: RefreshDeps = { db: deps.db, cipher: deps.cipher, oauth: deps.oauth, now,
    refreshAtShare: REFRESH_AT_SHARE }
  const states = new Map<number, PortalState>()
  const stateOf = (portalId: number) => {
    let state = states.get(portalId)
    if (!state) {
      state = { access: null, failedUntilMs: 0, pending: null }
      states.set(portalId, state)
    }

    return state
  }
  const remember = (state: PortalState, access: OpenAccess, refreshAt?: number) => {
    // Field by field: a TokenSet passed in also carries the refresh token, which stays
    // out of memory (a refresh reads it from the database under the lock).
    state.access = {
      accessToken: access.accessToken,
      expiresAtMs: access.expiresAtMs,
      lifetimeMs: access.lifetimeMs,
      refreshAtMs: refreshAt ?? refreshAtMs(access, REFRESH_AT_SHARE),
    }
    state.failedUntilMs = 0

    return access.accessToken
  }
  const fail = (state: PortalState): never => {
    state.access = null
    state.failedUntilMs = now() + FAILURE_MEMO_MS
    throw errors.hubspotAuthFailed()
  }

  /** The cold path: an unlocked read first, the lock only when a refresh looks needed. */
  const obtain = async (portalId: number, state: PortalState, mode: RefreshMode) => {
    const row = await findTokens(deps.db, portalId)
    if (!row || row.connectionStatus !== 'connected') return fail(state)
    const stored = await open(row)
    if (!needsRefresh(refreshDeps, stored, mode)) return remember(state, stored)

    const outcome = await lockedRefresh(refreshDeps, portalId, mode).catch(unreadable)
    if (outcome.kind === 'tokens') return remember(state, outcome.access)
    if (outcome.kind === 'not-connected') return fail(state)
    if (outcome.kind === 'rejected') {
      deps.onRefreshFailure?.(portalId)

      return fail(state)
    }
    // HubSpot is down: a token that still works beats failing the request.
    if (mode.kind === 'due' && now() < outcome.current.expiresAtMs) {
      return remember(state, outcome.current,
        Math.min(outcome.current.expiresAtMs, now() + RETRY_REFRESH_MS))
    }
    throw outcome.error
  }
  const open = (row: Parameters<typeof openAccess>[1]) =>
    openAccess(deps.cipher, row).catch(unreadable)
  const share = (state: PortalState, portalId: number, mode: RefreshMode) => {
    if (state.pending) return state.pending

    const pending = obtain(portalId, state, mode).finally(() => {
      if (state.pending === pending) state.pending = null
    })
    state.pending = pending

    return pending
  }

  return {
    async save(portalId, tokens) {
      const sealed = await sealTokenSet(deps.cipher, tokens)
      await withTokenLock(deps.db, portalId, async (trx) => {
        await upsertTokens(trx, portalId, sealed)
        await setConnectionStatus(trx, portalId, 'connected')
      })
      remember(stateOf(portalId), tokens)
    },
    accessTokenSource(portalId) {
      // Looked up per call: revokeAndForget and save replace what a source may hand out.
      const usable = () => {
        const state = stateOf(portalId)
        if (now() < state.failedUntilMs) throw errors.hubspotAuthFailed()

        return state
      }

      return {
        async current() {
          const state = usable()
          if (state.access && now() < state.access.refreshAtMs) return state.access.accessToken

          return share(state, portalId, { kind: 'due' })
        },
        async renewAfterExpiry(staleToken) {
          const state = usable()
          // Another caller may have replaced the token since this request was sent.
          if (state.pending) {
            const joined = await state.pending
            if (joined !== staleToken) return joined
          }
          if (state.access && state.access.accessToken !== staleToken) {
            return state.access.accessToken
          }

          return share(state, portalId, { kind: 'expired', staleToken })
        },
      }
    },
    async revokeAndForget(portalId) {
      await withTokenLock(deps.db, portalId, async (trx) => {
        const row = await findTokens(trx, portalId)
        if (row) {
          await revokeAtHubSpot(deps, row.refreshToken)
          await deleteTokens(trx, portalId)
        }
        await setConnectionStatus(trx, portalId, 'disconnected')
      })
      const state = stateOf(portalId)
      state.access = null
      state.failedUntilMs = now() + FAILURE_MEMO_MS
    },
    rotate: () => rotateTokenKeys({ db: deps.db, admin: deps.admin, cipher: deps.cipher }),
  }
}

async function revokeAtHubSpot(deps: TokenServiceDeps, sealedRefreshToken: string) {
  try {
    await deps.oauth.revoke(await deps.cipher.decrypt(sealedRefreshToken))
  } catch (error) {
    // A token we cannot read, or client credentials HubSpot refuses, can never be revoked
    // from here: forgetting it still ends our access. An outage is worth a retry instead.
    if (error instanceof TokenCipherError || isAuthFailure(error)) return
    throw error
  }
}

/** A grant no configured key opens is a server fault, never the caller's. */
function unreadable(error: unknown): never {
  throw error instanceof TokenCipherError ? errors.internal(error) : error
}
