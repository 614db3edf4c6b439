import { randomUUID } from 'node:crypto'

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

import type { AccessGrant, RefreshGrant, RegisteredApp } from '../auth/token-store.ts'
import type { SandboxContext } from '../http/context.ts'

type Form = Readonly<Record<string, string | undefined>>

const TOKEN_PATHS = ['/oauth/v1/token', '/oauth/v3/token', '/oauth/2026-03/token']

/** An OAuth failure: RFC 6749 fields on v3 and 2026-03, HubSpot's legacy ones everywhere. */
class OAuthFailure extends Error {
  readonly error: string
  readonly legacyStatus: string

  constructor(error: string, legacyStatus: string, message: string) {
    super(message)
    this.error = error
    this.legacyStatus = legacyStatus
  }
}

function sendFailure(request: FastifyRequest, reply: FastifyReply, failure: OAuthFailure) {
  const legacyOnly = request.url.startsWith('/oauth/v1/')

  return reply.code(400).send({
    status: failure.legacyStatus, message: failure.message, correlationId: randomUUID(),
    ...(!legacyOnly && { error: failure.error, error_description: failure.message }),
  })
}

/** Client authentication shared by the token, introspect and revoke endpoints. */
function authenticateClient(context: SandboxContext, form: Form): RegisteredApp {
  const registered = context.tokens.app(form.client_id ?? '')
  if (!registered) {
    throw new OAuthFailure('invalid_client', 'BAD_CLIENT_ID', 'missing or unknown client id')
  }
  if (registered.app.clientSecret !== form.client_secret) {
    throw new OAuthFailure('invalid_client', 'BAD_CLIENT_SECRET',
      'missing or invalid client secret')
  }

  return registered
}

function tokenReply(context: SandboxContext, access: AccessGrant, refresh: RefreshGrant) {
  return {
    token_type: 'bearer', refresh_token: refresh.token, access_token: access.token,
    expires_in: context.tokens.accessTokenTtlSeconds, hub_id: access.hubId,
    user_id: access.userId, scopes: access.scopes,
  }
}

function codeGrant(context: SandboxContext, registered: RegisteredApp, form: Form) {
  const { tokens } = context
  const code = tokens.code(form.code ?? '')
  if (!code || code.used || code.clientId !== registered.app.clientId) {
    throw new OAuthFailure('invalid_grant', 'BAD_AUTH_CODE', 'missing or unknown auth code')
  }
  if (tokens.isExpired(code)) {
    throw new OAuthFailure('invalid_grant', 'EXPIRED_AUTH_CODE', 'auth code is expired')
  }
  if (code.redirectUri !== form.redirect_uri) {
    throw new OAuthFailure('invalid_grant', 'BAD_REDIRECT_URI',
      'redirect_uri does not match the one used to get the code')
  }
  code.used = true
  const refresh = tokens.grantRefresh(registered, code.scopes)
  context.stats.tokenGrants += 1

  return tokenReply(context, tokens.mintAccess(refresh), refresh)
}

function refreshGrant(context: SandboxContext, registered: RegisteredApp, form: Form) {
  const refresh = context.tokens.refreshGrant(form.refresh_token ?? '')
  if (!refresh || refresh.revoked) {
    throw new OAuthFailure('invalid_grant', 'BAD_REFRESH_TOKEN',
      'missing or unknown refresh token')
  }
  if (refresh.clientId !== registered.app.clientId) {
    throw new OAuthFailure('invalid_grant', 'BAD_REFRESH_TOKEN',
      'refresh token was not issued to this client')
  }
  context.stats.refreshGrants += 1

  return tokenReply(context, context.tokens.mintAccess(refresh), refresh)
}

/** `POST /oauth/{v1,v3,2026-03}/token`, form-encoded (hubspot-platform.md §5). */
export async function oauthTokenRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { context } = options
  for (const url of TOKEN_PATHS) {
    app.post<{ Body: Form }>(url, async (request, reply) => {
      const form = request.body ?? {}
      try {
        const registered = authenticateClient(context, form)
        if (form.grant_type === 'authorization_code') {
          return codeGrant(context, registered, form)
        }
        if (form.grant_type === 'refresh_token') return refreshGrant(context, registered, form)
        throw new OAuthFailure('unsupported_grant_type', 'BAD_GRANT_TYPE',
          `grant_type must be authorization_code or refresh_token`)
      } catch (error) {
        if (error instanceof OAuthFailure) return sendFailure(request, reply, error)
        throw error
      }
    })
  }
}

export { authenticateClient, OAuthFailure, sendFailure }
