import { errors } from '../errors.ts'
import type { OAuthClient, TokenSet } from './oauth-client.ts'

/** Where the gateway gets the bearer token of a portal. */
export interface AccessTokenSource {
  /** A token that is not about to expire. */
  current(): Promise<string>
  /** Called once after HubSpot answered 401 EXPIRED_AUTHENTICATION to `staleToken`. */
  renewAfterExpiry(staleToken: string): Promise<string>
}

/** A private app's static token: it never expires, so a 401 means it is wrong. */
export function staticAccessToken(token: string): AccessTokenSource {
  return {
    current: async () => token,
    renewAfterExpiry: async () => {
      throw errors.hubspotAuthFailed()
    },
  }
}

export interface RefreshingOptions {
  readonly tokens: TokenSet
  readonly oauth: OAuthClient
  /** Refresh once this share of the token's lifetime has passed (HubSpot: refresh early). */
  readonly refreshAtShare?: number
  readonly now?: () => number
  /** Told about every new token set, so a store can keep it. */
  readonly onRefreshed?: (tokens: TokenSet) => Promise<void> | void
}

/**
 * OAuth tokens that refresh ahead of expiry. Concurrent callers share one refresh in flight.
 * In memory only, for one-off command-line scans; the service keeps tokens encrypted in the
 * database and serialises refreshes across processes (server/tokens/).
 */
export function refreshingAccessToken(options: RefreshingOptions): AccessTokenSource {
  const now = options.now ?? Date.now
  const share = options.refreshAtShare ?? 0.8
  let tokens = options.tokens
  let inFlight: Promise<TokenSet> | null = null

  const refresh = () => {
    inFlight ??= options.oauth
      .refresh(tokens.refreshToken)
      .then(async (fresh) => {
        tokens = fresh
        await options.onRefreshed?.(fresh)

        return fresh
      })
      .finally(() => {
        inFlight = null
      })

    return inFlight
  }
  const refreshAtMs = () => tokens.expiresAtMs - tokens.lifetimeMs * (1 - share)

  return {
    async current() {
      if (now() < refreshAtMs()) return tokens.accessToken

      return (await refresh()).accessToken
    },
    async renewAfterExpiry(staleToken) {
      // Another caller may have refreshed since this request was sent.
      if (staleToken !== tokens.accessToken) return tokens.accessToken

      return (await refresh()).accessToken
    },
  }
}
