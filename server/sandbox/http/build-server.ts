import Fastify, { type FastifyInstance } from 'fastify'

import { appUninstallRoutes } from '../routes/app-uninstall.ts'
import { associationRoutes } from '../routes/association-routes.ts'
import { associationWriteRoutes } from '../routes/association-write-routes.ts'
import { mergeRoutes } from '../routes/merge-routes.ts'
import { oauthAuthorizeRoutes } from '../routes/oauth-authorize.ts'
import { oauthIntrospectRoutes } from '../routes/oauth-introspect.ts'
import { oauthTokenRoutes } from '../routes/oauth-token.ts'
import { objectBatchRoutes } from '../routes/object-batch-routes.ts'
import { objectReadRoutes } from '../routes/object-read-routes.ts'
import { objectWriteRoutes } from '../routes/object-write-routes.ts'
import { ownerRoutes } from '../routes/owner-routes.ts'
import { schemaRoutes } from '../routes/schema-routes.ts'
import { searchRoutes } from '../routes/search-routes.ts'
import { registerApiGuard } from './api-guard.ts'
import type { SandboxContext } from './context.ts'
import { HubSpotError, hubspotError } from './hubspot-error.ts'

/** Fastify's own client errors (bad JSON, wrong content type) carry a 4xx statusCode. */
const clientStatus = (error: unknown) => {
  const status = (error as { statusCode?: unknown }).statusCode

  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * Request lines without secrets: pino's default request serializer logs no headers, and the
 * legacy token-info paths carry a token in the URL, so that part is masked.
 */
const loggerOptions = {
  serializers: {
    req: (request: { method?: string; url?: string }) => ({ method: request.method,
      url: (request.url ?? '').replace(/(-tokens\/)[^/?]+/, '$1[redacted]') }),
  },
}

/** The sandbox's HTTP server: OAuth endpoints open, every API route behind the guard. */
export function buildServer(context: SandboxContext, logger: boolean): FastifyInstance {
  const app = Fastify({ logger: logger ? loggerOptions : false,
    routerOptions: { ignoreTrailingSlash: true }, bodyLimit: 4 * 1024 * 1024 })

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))))
    })
  app.addHook('onRequest', async () => {
    context.stats.requests += 1
  })
  app.setErrorHandler((error, request, reply) => {
    const known = error instanceof HubSpotError ? error
      : clientStatus(error) !== undefined
        ? hubspotError(clientStatus(error) as number, 'VALIDATION_ERROR',
          error instanceof Error ? error.message : 'Invalid request')
        : undefined
    if (known?.statusCode === 429) context.stats.rateLimited += 1
    if (!known) request.log.error({ err: error }, 'sandbox handler failed')
    const reported = known ?? hubspotError(500, 'INTERNAL_ERROR', 'Internal error')

    return reply.code(reported.statusCode).send(reported.body)
  })
  app.setNotFoundHandler((_request, reply) => {
    const error = hubspotError(404, 'OBJECT_NOT_FOUND', 'resource not found')

    return reply.code(404).send(error.body)
  })

  const routes = { context }
  app.register(oauthAuthorizeRoutes, routes)
  app.register(oauthTokenRoutes, routes)
  app.register(oauthIntrospectRoutes, routes)
  app.register(async (api) => {
    registerApiGuard(api, context)
    await api.register(schemaRoutes, routes)
    await api.register(ownerRoutes, routes)
    await api.register(objectReadRoutes, routes)
    await api.register(objectWriteRoutes, routes)
    await api.register(objectBatchRoutes, routes)
    await api.register(mergeRoutes, routes)
    await api.register(searchRoutes, routes)
    await api.register(associationRoutes, routes)
    await api.register(associationWriteRoutes, routes)
    await api.register(appUninstallRoutes, routes)
  })

  return app
}
