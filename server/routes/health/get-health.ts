import type { FastifyPluginAsync } from 'fastify'

import { OPERATIONS } from '../../operations.ts'

/** Liveness and database reachability, for load balancers and `npm start` checks. */
const getHealth: FastifyPluginAsync<{ ping: () => Promise<void> }> = async (app, options) => {
  app.get('/healthz', { config: { operation: OPERATIONS.healthRead } }, async () => {
    await options.ping()

    return { status: 'ok' }
  })
}

export default getHealth
