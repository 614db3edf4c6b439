import type { FastifyInstance } from 'fastify'

import type { SandboxContext } from '../http/context.ts'
import { notFound } from '../http/hubspot-error.ts'
import { authenticateClient, OAuthFailure, sendFailure } from './oauth-token.ts'

type Form = Readonly<Record<string, string | undefined>>

const VERSIONS = ['v3', '2026-03']

/**
 * The token named by a form: `token` plus `token_type_hint`, or (as HubSpot's prose guide
 * writes it) a field named after the hint. Both forms work (hubspot-platform.md §5).
 */
function tokenFrom(form: Form): { token: string; hint?: string } {
  if (form.token) return { token: form.token, ...(form.token_type_hint && {
    hint: form.token_type_hint }) }
  if (form.access_token) return { token: form.access_token, hint: 'access_token' }

  return { token: form.refresh_token ?? '', hint: 'refresh_token' }
}

/** Introspection and revocation, plus the legacy v1 token-info and delete endpoints. */
export async function oauthIntrospectRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { context } = options
  const { tokens } = context
  const described = (appId: number, clientId: string, scopes: readonly string[]) => ({
    active: true, client_id: clientId, hub_id: context.store.portalId,
    hub_domain: context.hubDomain, user_id: context.user.id, user: context.user.email,
    app_id: appId, scopes,
  })

  for (const version of VERSIONS) {
    app.post<{ Body: Form }>(`/oauth/${version}/token/introspect`, async (request, reply) => {
      const form = request.body ?? {}
      try {
        const registered = authenticateClient(context, form)
        const { token, hint } = tokenFrom(form)
        const access = hint === 'refresh_token' ? undefined : tokens.access(token)
        if (access && access.clientId === registered.app.clientId &&
          access.expiresAtMs > context.now()) {
          return { ...described(access.appId, registered.app.clientId, access.scopes),
            token_type: 'access_token',
            expires_in: Math.floor((access.expiresAtMs - context.now()) / 1000) }
        }
        const refresh = hint === 'access_token' ? undefined : tokens.refreshGrant(token)
        if (refresh && !refresh.revoked && refresh.clientId === registered.app.clientId) {
          return { ...described(refresh.appId, registered.app.clientId, refresh.scopes),
            token_type: 'refresh_token' }
        }

        return { active: false }
      } catch (error) {
        if (error instanceof OAuthFailure) return sendFailure(request, reply, error)
        throw error
      }
    })

    app.post<{ Body: Form }>(`/oauth/${version}/token/revoke`, async (request, reply) => {
      const form = request.body ?? {}
      try {
        const registered = authenticateClient(context, form)
        const { token } = tokenFrom(form)
        const refresh = tokens.refreshGrant(token)
        // RFC 7009: an unknown token is not an error; access tokens cannot be revoked.
        if (refresh && refresh.clientId === registered.app.clientId) tokens.revokeRefresh(token)

        return reply.code(200).send()
      } catch (error) {
        if (error instanceof OAuthFailure) return sendFailure(request, reply, error)
        throw error
      }
    })
  }

  app.get<{ Params: { token: string } }>('/oauth/v1/access-tokens/:token', async (request) => {
    const access = tokens.access(request.params.token)
    if (!access || access.expiresAtMs <= context.now()) throw notFound('Token not found')

    return {
      token: access.token, user: context.user.email, hub_domain: context.hubDomain,
      scopes: access.scopes, hub_id: access.hubId, app_id: access.appId,
      expires_in: Math.floor((access.expiresAtMs - context.now()) / 1000),
      user_id: access.userId, token_type: 'access',
    }
  })

  app.delete<{ Params: { token: string } }>('/oauth/v1/refresh-tokens/:token',
    async (request, reply) => {
      if (!tokens.revokeRefresh(request.params.token)) throw notFound('Token not found')

      return reply.code(204).send()
    })
}
