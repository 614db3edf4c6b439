import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'

import { AppError, errors } from '../errors.ts'

/**
 * The one place errors become replies: AppErrors render their code and message, Fastify's
 * validation errors become BAD_REQUEST, and anything else a fixed INTERNAL body that leaks
 * nothing.
 */
const errorHandler: FastifyPluginAsync = async (app) => {
  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send(error.render())
    }
    const fastifyError = error as { validation?: unknown; statusCode?: number; message?: string }
    if (fastifyError.validation) {
      return reply.status(400).send(errors.badRequest(fastifyError.message ?? 'Invalid request.')
        .render())
    }
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      return reply.status(fastifyError.statusCode).send(errors.badRequest('Invalid request.')
        .render())
    }
    request.log.error({ type: 'error', err: error }, 'unhandled error')

    return reply.status(500).send(errors.internal().render())
  })
  app.setNotFoundHandler(async (_request, reply) =>
    reply.status(404).send(errors.notFound('This route').render()))
}

export default fp(errorHandler, { name: 'error-handler' })
