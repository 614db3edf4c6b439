import { AppError, errors } from '../errors.ts'
import { type CallLogger, logCall } from './logger.ts'
import { paths } from './paths.ts'

/** The tokens of one portal's OAuth grant, held in memory. */
export interface TokenSet {
  readonly accessToken: string
  readonly refreshToken: string
  readonly expiresAtMs: number
  /** How long the access token lived when issued, to refresh at a share of it. */
  readonly lifetimeMs: number
  readonly hubId: number | null
  readonly userId: number | null
  readonly scopes: readonly string[]
}

export interface OAuthClientOptions {
  readonly baseUrl: string
  readonly clientId: string
  readonly clientSecret: string
  readonly logger: CallLogger
  readonly timeoutMs: number
  readonly fetch?: typeof fetch
  readonly now?: () => number
}

export interface OAuthClient {
  exchangeCode(code: string, redirectUri: string): Promise<TokenSet>
  refresh(refreshToken: string): Promise<TokenSet>
  /** Revokes a refresh token at HubSpot (uninstall, disconnect); unknown tokens pass. */
  revoke(refreshToken: string): Promise<void>
}

interface TokenReply {
  access_token?: string
  refresh_token?: string
  expires_in?: number
  hub_id?: number
  user_id?: number
  scopes?: string[]
  error?: string
  status?: string
}

/**
 * HubSpot's 2026-03 token endpoint, called directly: @hubspot/api-client 14 still posts to
 * /oauth/v1/token, which HubSpot retires on 2027-02-16.
 */
export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now

  const postForm = async (operation: string, path: string, form: Record<string, string>) => {
    const started = now()
    let response: Response
    try {
      response = await doFetch(options.baseUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          ...form,
          client_id: options.clientId,
          client_secret: options.clientSecret,
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (cause) {
      logCall(options.logger, { operation, status: 'network-error', durationMs: now() - started,
        attempt: 1 })
      throw errors.hubspotUnreachable(options.baseUrl, cause)
    }
    logCall(options.logger, { operation, status: response.status, durationMs: now() - started,
      attempt: 1 })

    return { response, started }
  }

  const post = async (operation: string, form: Record<string, string>) => {
    const { response, started } = await postForm(operation, paths.token(), form)
    const reply = (await response.json().catch(() => ({}))) as TokenReply
    if (response.ok && reply.access_token && reply.refresh_token && reply.expires_in) {
      const lifetimeMs = reply.expires_in * 1000

      return {
        accessToken: reply.access_token,
        refreshToken: reply.refresh_token,
        expiresAtMs: started + lifetimeMs,
        lifetimeMs,
        hubId: reply.hub_id ?? null,
        userId: reply.user_id ?? null,
        scopes: reply.scopes ?? [],
      }
    }
    // invalid_grant / BAD_REFRESH_TOKEN / BAD_AUTH_CODE: the grant is gone for good, so the
    // caller must not retry; anything else is HubSpot failing.
    if (response.status === 400 || response.status === 401) {
      throw errors.hubspotAuthFailed(new Error(reply.error ?? reply.status ?? 'rejected'))
    }
    throw errors.hubspotFailed(operation, response.status)
  }

  return {
    exchangeCode: (code, redirectUri) =>
      post('oauth.token.code', {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
      }),
    refresh: (refreshToken) =>
      post('oauth.token.refresh', { grant_type: 'refresh_token', refresh_token: refreshToken }),
    async revoke(refreshToken) {
      const operation = 'oauth.token.revoke'
      const { response } = await postForm(operation, paths.tokenRevoke(),
        { token: refreshToken, token_type_hint: 'refresh_token' })
      await response.body?.cancel()
      if (response.ok) return
      // RFC 7009 answers 200 for a token it does not know; 400/401 mean our client
      // credentials were refused.
      if (response.status === 400 || response.status === 401) throw errors.hubspotAuthFailed()
      throw errors.hubspotFailed(operation, response.status)
    },
  }
}

export const isAuthFailure = (error: unknown) =>
  error instanceof AppError && error.code === 'HUBSPOT_AUTH_FAILED'
