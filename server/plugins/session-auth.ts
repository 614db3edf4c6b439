import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

import { errors } from '../errors.ts'
import { verifySessionToken } from '../security/session-token.ts'

/** Whether a HubSpot user belongs to a portal; asked on every request, never cached here. */
export type IsMember = (portalId: number, userId: number) => Promise<boolean>

export interface SessionRequestContext {
  readonly userId: number
}

export type SessionFailure = 'missing' | 'invalid' | 'not-member'

export interface SessionAuthOptions {
  readonly sessionSecret: string
  readonly isMember: IsMember
  readonly now?: () => number
  /** The audit log plugs in here; it must not throw. */
  readonly onSessionFailure?: (reason: SessionFailure) => void | Promise<void>
}

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRequestContext
  }
}

// At most 15 digits: every such id is a safe integer (2^53 has 16 digits).
const PORTAL_ID_PATTERN = /^[1-9]\d{0,14}$/

/** The `:portalId` of the route, already checked to be a portal id by the session hook. */
export function pathPortalId(request: FastifyRequest): number {
  const raw = (request.params as Record<string, string | undefined>).portalId
  if (raw === undefined || !PORTAL_ID_PATTERN.test(raw)) {
    throw new TypeError('pathPortalId called on a route without a checked :portalId')
  }

  return Number(raw)
}

function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(request.headers.authorization ?? '')

  return match?.[1]
}

/**
 * Authenticates every route of the group that registers it by a session JWT, and for routes
 * with `:portalId` also checks that the user is a member of that portal, so a valid token
 * for portal A never reads portal B (tenant confusion). Membership is not in the token:
 * it is asked per request.
 */
const sessionAuth: FastifyPluginAsync<SessionAuthOptions> = async (app, options) => {
  const now = options.now ?? Date.now
  const refuse = async (request: FastifyRequest, reason: SessionFailure) => {
    request.log.warn({ type: 'auth', reason }, 'session refused')
    try {
      await options.onSessionFailure?.(reason)
    } catch (error) {
      request.log.error({ type: 'auth', err: error }, 'session failure hook failed')
    }

    return reason === 'not-member' ? errors.forbidden() : errors.unauthorized()
  }

  app.decorateRequest('session', null as unknown as SessionRequestContext)

  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request)
    if (!token) throw await refuse(request, 'missing')
    const claims = await verifySessionToken(options.sessionSecret, token, { nowMs: now() })
    if (!claims) throw await refuse(request, 'invalid')

    request.session = { userId: claims.userId }
    if (!request.routeOptions.url?.includes(':portalId')) return

    const raw = (request.params as Record<string, string | undefined>).portalId ?? ''
    // A malformed id cannot name a portal the user belongs to: same answer as a stranger's.
    const member = PORTAL_ID_PATTERN.test(raw) &&
      await options.isMember(Number(raw), claims.userId)
    if (!member) throw await refuse(request, 'not-member')
  })
}

export default fp(sessionAuth, { name: 'session-auth' })
