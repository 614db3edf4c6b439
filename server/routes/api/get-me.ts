import type { FastifyPluginAsync } from 'fastify'

import { OPERATIONS } from '../../operations.ts'

/** `GET /api/me`: who the session token speaks for. */
const getMe: FastifyPluginAsync = async (app) => {
  app.get('/api/me', { config: { operation: OPERATIONS.apiMeRead } },
    async (request) => ({ userId: request.session.userId }))
}

export default getMe
