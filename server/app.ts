import Fastify, { type HTTPMethods, LogController } from 'fastify'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'

import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import type { OnDataAccess } from './plugins/data-access-audit.ts'
import errorHandler from './plugins/error-handler.ts'
import type { CardAuthFailure } from './plugins/hubspot-signature.ts'
import requestLog from './plugins/request-log.ts'
import securityHeaders, {
  DEFAULT_RATE_LIMITS,
  limitGroup,
  type RateLimits,
} from './plugins/security-headers.ts'
import type { IsMember, SessionFailure } from './plugins/session-auth.ts'
import apiRoutes from './routes/api/index.ts'
import type { CardDeps } from './routes/card/card-deps.ts'
import cardRoutes from './routes/card/index.ts'
import getHealth from './routes/health/get-health.ts'
import oauthRoutes from './routes/oauth/index.ts'
import type { OAuthRouteDeps } from './routes/oauth/oauth-deps.ts'

export interface AppDeps {
  readonly logger: Logger
  /** Proves the database answers; /healthz fails when it does not. */
  readonly pingDatabase: () => Promise<void>
  /** The portal-scoped database handle the routes read through. */
  readonly db: Kysely<Database>
  /** Portal membership, asked on every API request for a portal. */
  readonly isMember: IsMember
  /** Epoch ms; signature and session expiry read it. Default Date.now. */
  readonly now?: () => number
  /** The app's client secret when config has none (dev defaults make one per sandbox). */
  readonly hubspotClientSecret?: string
  readonly rateLimits?: Partial<RateLimits>
  /** Audit hooks for refused card signatures and sessions. */
  readonly onSignatureFailure?: (reason: CardAuthFailure) => void | Promise<void>
  readonly onSessionFailure?: (reason: SessionFailure) => void | Promise<void>
  /** Told of every successful card and API request, for the audit log. */
  readonly onDataAccess?: OnDataAccess
  /** Uninstalls, revokes and forgets a portal's grant (the API's disconnect route). */
  readonly disconnect?: (portalId: number, userId: number) => Promise<void>
  /** What the record and fix card routes need (HubSpot access, scans, audit). */
  readonly card?: CardDeps
  /** The install and sign-in routes (public: their signed `state` is their guard). */
  readonly oauth?: OAuthRouteDeps
}

/** One registered route, as the route-auth audit enumerates them. */
export interface RegisteredRoute {
  readonly method: HTTPMethods
  readonly url: string
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered so far, in every group (the route-auth test walks it). */
    registeredRoutes(): readonly RegisteredRoute[]
  }
}

/**
 * Builds the HTTP service. Which check guards a route follows from the group it is
 * registered in: public (no credentials), card (HubSpot signature), api (session JWT).
 * Each group is an encapsulated plugin that registers its auth plugin before its routes.
 */
export async function buildApp(config: Config, deps: AppDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    // Our request-log plugin writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: false,
    bodyLimit: 1_048_576,
  })
  const routes: RegisteredRoute[] = []
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url })
  })
  app.decorate('registeredRoutes', () => [...routes])
  const limits = { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits }
  await app.register(errorHandler)
  await app.register(requestLog)
  await app.register(securityHeaders)

  await app.register(async (publicRoutes) => {
    await limitGroup(publicRoutes, limits.public, (request) => `ip:${request.ip}`)
    await publicRoutes.register(getHealth, { ping: deps.pingDatabase })
    if (deps.oauth) await publicRoutes.register(oauthRoutes, deps.oauth)
  })

  const clientSecret = deps.hubspotClientSecret ?? config.hubspot.clientSecret
  if (!clientSecret) app.log.warn('no HubSpot client secret: every card request is refused')
  await app.register(cardRoutes, {
    db: deps.db,
    rateLimit: limits.card,
    onDataAccess: deps.onDataAccess,
    deps: deps.card,
    signature: {
      clientSecret,
      publicBaseUrl: config.publicBaseUrl,
      now: deps.now,
      onSignatureFailure: deps.onSignatureFailure,
    },
  })

  await app.register(apiRoutes, {
    db: deps.db,
    disconnect: deps.disconnect,
    onDataAccess: deps.onDataAccess,
    rateLimit: limits.api,
    session: {
      sessionSecret: config.security.sessionSecret,
      isMember: deps.isMember,
      now: deps.now,
      onSessionFailure: deps.onSessionFailure,
    },
  })

  return app
}

/** The built service, with its pino logger type. */
export type App = Awaited<ReturnType<typeof buildApp>>
