import Fastify, { LogController } from 'fastify'
import type { Logger } from 'pino'

import type { Config } from './config.ts'
import errorHandler from './plugins/error-handler.ts'
import requestLog from './plugins/request-log.ts'
import getHealth from './routes/health/get-health.ts'

export interface AppDeps {
  readonly logger: Logger
  /** Proves the database answers; /healthz fails when it does not. */
  readonly pingDatabase: () => Promise<void>
}

/**
 * Builds the HTTP service. Routes are registered by audience: public ones here, and each
 * authenticated group inside its own encapsulated plugin with its auth hook.
 * TODO(#3): the HubSpot-signature and session-JWT groups.
 */
export async function buildApp(config: Config, deps: AppDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    // Our request-log plugin writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: false,
    bodyLimit: 1_048_576,
  })
  await app.register(errorHandler)
  await app.register(requestLog)

  await app.register(async (publicRoutes) => {
    await publicRoutes.register(getHealth, { ping: deps.pingDatabase })
  })

  return app
}
