import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

import { AppError } from '../errors.ts'

/**
 * Helmet's headers on every reply. The service answers JSON only, so the content security
 * policy can forbid everything; cards reach it through HubSpot's proxy, not a browser frame.
 */
const securityHeaders: FastifyPluginAsync = async (app) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  })
}

export default fp(securityHeaders, { name: 'security-headers' })

export interface GroupRateLimit {
  readonly maxPerWindow: number
  readonly windowMs: number
}

/** Defaults per route group; a card is opened by many people of one portal at once. */
export const DEFAULT_RATE_LIMITS = {
  public: { maxPerWindow: 60, windowMs: 60_000 },
  card: { maxPerWindow: 600, windowMs: 60_000 },
  api: { maxPerWindow: 120, windowMs: 60_000 },
} as const satisfies Record<string, GroupRateLimit>

export type RateLimits = Readonly<Record<keyof typeof DEFAULT_RATE_LIMITS, GroupRateLimit>>

/**
 * Limits every route registered after it in `scope` (an encapsulated group) by `key`. It
 * runs at preHandler, after the group's authentication, so `key` may read what that
 * authentication decorated (the signed portal, the session user); unauthenticated
 * requests are refused before they count against anyone.
 */
export async function limitGroup(
  scope: FastifyInstance,
  limit: GroupRateLimit,
  key: (request: FastifyRequest) => string,
): Promise<void> {
  if (!(Number.isSafeInteger(limit.maxPerWindow) && limit.maxPerWindow > 0)) {
    throw new TypeError('maxPerWindow must be a positive integer')
  }
  if (!(Number.isSafeInteger(limit.windowMs) && limit.windowMs > 0)) {
    throw new TypeError('windowMs must be a positive integer')
  }

  await scope.register(rateLimit, {
    global: true,
    max: limit.maxPerWindow,
    timeWindow: limit.windowMs,
    hook: 'preHandler',
    keyGenerator: key,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', 429,
      `Too many requests; try again in ${context.after}.`),
  })
}
