import type { FastifyPluginAsync, FastifyReply } from 'fastify'

import { AppError } from '../../errors.ts'
import { OPERATIONS } from '../../operations.ts'
import { STATE_COOKIE } from './get-install.ts'
import { type OAuthRouteDeps, redirectUri } from './oauth-deps.ts'
import { pages } from './pages.ts'

interface CallbackQuery {
  code?: string
  state?: string
  error?: string
}

const html = (reply: FastifyReply, status: number, body: string) =>
  reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8')
    .send(body)

/** One cookie's value from a Cookie header, or undefined. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }

  return undefined
}

/**
 * Where HubSpot sends the browser back. The state is checked before anything else (forged or
 * replayed callbacks stop here); then the code is exchanged, the portal and user learned
 * from HubSpot, and either the portal connected (install) or a session issued (login).
 */
const getCallback: FastifyPluginAsync<OAuthRouteDeps> = async (app, deps) => {
  app.get<{ Querystring: CallbackQuery }>(
    '/oauth/callback',
    {
      config: { operation: OPERATIONS.oauthCallback },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            code: { type: 'string', maxLength: 512 },
            state: { type: 'string', maxLength: 1024 },
            error: { type: 'string', maxLength: 128 },
          },
        },
      },
    },
    async (request, reply) => {
      const { code, state, error } = request.query
      const payload = state ? deps.states.verify(state) : null
      const fromThisBrowser = payload !== null &&
        cookieValue(request.headers.cookie, STATE_COOKIE) === payload.nonce
      reply.header('set-cookie', `${STATE_COOKIE}=; Path=/oauth; HttpOnly; Max-Age=0`)
      if (!payload || !fromThisBrowser || !(await deps.consumeState(payload.nonce))) {
        await deps.audit({ portalId: null, action: 'auth.install', outcome: 'denied',
          detail: { reason: 'state' } })
        return html(reply, 400, pages.stateInvalid())
      }
      const action = payload.purpose === 'install' ? 'auth.install' : 'auth.login'
      if (error || !code) {
        await deps.audit({ portalId: null, action, outcome: 'denied',
          detail: { reason: 'declined' } })
        return html(reply, error === 'access_denied' ? 200 : 400, pages.declined())
      }

      let tokens
      try {
        tokens = await deps.oauth.exchangeCode(code, redirectUri(deps.config))
      } catch (cause) {
        await deps.audit({ portalId: null, action, outcome: 'failure',
          detail: { reason: cause instanceof AppError ? cause.code : 'exchange' } })
        return html(reply, 400, pages.exchangeFailed())
      }
      const details = await deps.accountDetails(tokens.accessToken)
      const userId = tokens.userId
      if (userId === null || (tokens.hubId !== null && tokens.hubId !== details.portalId)) {
        throw new TypeError('HubSpot answered a token without a user or for another portal')
      }

      if (payload.purpose === 'login') {
        if (!(await deps.isMember(details.portalId, userId))) {
          await deps.audit({ portalId: details.portalId, userId, action, outcome: 'denied' })
          return html(reply, 403, pages.notMember())
        }
        // The sign-in grant only told us who the user is; it must not outlive the sign-in.
        await deps.oauth.revoke(tokens.refreshToken).catch(() => {})
        const session = await deps.issueSession(userId)
        await deps.audit({ portalId: details.portalId, userId, action, outcome: 'success' })
        return html(reply, 200, pages.signedIn(session.token, session.expiresInSeconds))
      }

      await deps.connectPortal(details, userId, tokens)
      await deps.audit({ portalId: details.portalId, userId, action, outcome: 'success' })
      deps.queueScan(details.portalId)

      return html(reply, 200, pages.connected(details.portalId))
    },
  )
}

export default getCallback
