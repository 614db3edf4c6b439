import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'

/**
 * One line per request when the reply is sent, with the route pattern (never the raw URL,
 * which may carry ids and query values) and no headers at all.
 */
const requestLog: FastifyPluginAsync = async (app) => {
  app.addHook('onResponse', async (request, reply) => {
    const fields = {
      type: 'request',
      operation: request.routeOptions.config.operation ?? 'unknown',
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime),
      reqId: request.id,
    }
    if (reply.statusCode >= 500) request.log.error(fields, 'request')
    else if (reply.statusCode >= 400) request.log.warn(fields, 'request')
    else request.log.info(fields, 'request')
  })
}

export default fp(requestLog, { name: 'request-log' })
