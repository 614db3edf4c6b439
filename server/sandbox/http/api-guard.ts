import { randomBytes, randomUUID } from 'node:crypto'

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

import type { AccessGrant } from '../auth/token-store.ts'
import { grantOf, type SandboxContext, setGrant } from './context.ts'
import { HubSpotError, hubspotError } from './hubspot-error.ts'

/** "expired 3 minute(s) ago", in the unit HubSpot would pick. */
function agoText(elapsedMs: number): string {
  const seconds = Math.floor(elapsedMs / 1000)
  if (seconds < 60) return `${seconds} second(s)`
  if (seconds < 3600) return `${Math.floor(seconds / 60)} minute(s)`
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} hour(s)`

  return `${Math.floor(seconds / 86_400)} day(s)`
}

function authenticate(context: SandboxContext, request: FastifyRequest): AccessGrant {
  const header = request.headers.authorization ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  const grant = match?.[1] ? context.tokens.access(match[1]) : undefined
  // Tenant confusion: a token minted for another portal must never read this one.
  if (!grant || grant.hubId !== context.store.portalId) {
    throw hubspotError(401, 'INVALID_AUTHENTICATION', match
      ? 'The access token used to make this call is not valid for this portal.'
      : 'Authentication credentials not found. Send an OAuth access token or a private ' +
        'app token in the Authorization header as "Bearer <token>".')
  }
  const now = context.now()
  if (now >= grant.expiresAtMs) {
    throw hubspotError(401, 'EXPIRED_AUTHENTICATION',
      `The OAuth token used to make this call expired ${agoText(now - grant.expiresAtMs)} ago.`,
      { context: { 'expire time': [new Date(grant.expiresAtMs).toISOString()] } })
  }

  return grant
}

function rateLimited(message: string, policyName: string, groupName: string): HubSpotError {
  return new HubSpotError(429, {
    status: 'error', message, errorType: 'RATE_LIMIT', correlationId: randomUUID(),
    policyName, groupName, requestId: randomBytes(16).toString('hex'),
  })
}

/** Counts the call against the portal's limits (fidelity items 5, 8, 9). */
function limit(context: SandboxContext, request: FastifyRequest, reply: FastifyReply): void {
  const grant = grantOf(request)
  const portalId = context.store.portalId
  if (request.routeOptions.url?.endsWith('/search')) {
    // Search has its own per-account limiter and sends no rate-limit headers.
    const search = context.searchSecondly.take(String(portalId))
    if (!search.allowed) {
      throw rateLimited('You have reached your secondly limit.', 'SECONDLY',
        `publicapi:search-secondly:${portalId}`)
    }

    return
  }
  // One window per portal and app, whatever the number of processes or connections.
  const key = `${grant.kind === 'private' ? 'private-app' : 'oauth-app'}:${grant.appId}:${portalId}`
  const taken = context.tenSecondly.take(key)
  reply.header('X-HubSpot-RateLimit-Interval-Milliseconds', String(context.tenSecondly.windowMs))
  reply.header('X-HubSpot-RateLimit-Max', String(context.tenSecondly.limit))
  reply.header('X-HubSpot-RateLimit-Remaining', String(taken.remaining))
  if (!taken.allowed) {
    throw rateLimited('You have reached your ten_secondly_rolling limit.',
      'TEN_SECONDLY_ROLLING', `publicapi:ten-secondly-rolling:${key}`)
  }
}

/** Authenticates and rate-limits every route registered in the same plugin. */
export function registerApiGuard(app: FastifyInstance, context: SandboxContext): void {
  app.addHook('onRequest', async (request, reply) => {
    setGrant(request, authenticate(context, request))
    limit(context, request, reply)
  })
}

/** Throws 403 MISSING_SCOPES unless the token holds one of `anyOf`. */
export function requireScope(request: FastifyRequest, anyOf: readonly string[]): void {
  const granted = grantOf(request).scopes
  if (anyOf.some((scope) => granted.includes(scope))) return
  throw hubspotError(403, 'MISSING_SCOPES',
    "This app hasn't been granted all the scopes this call needs.", {
      errors: [{ message: 'One or more of the following scopes are required.',
        context: { requiredGranularScopes: anyOf } }],
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    })
}
