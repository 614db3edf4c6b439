import type { FastifyPluginAsync } from 'fastify'

import { OPERATIONS } from '../../operations.ts'
import { type CardDeps, requireCardDeps } from './card-deps.ts'

/** `POST /card/scans`: queues a scan of the signed portal (one waits per portal at most). */
const postScan: FastifyPluginAsync<{ deps?: CardDeps }> = async (app, options) => {
  app.post('/card/scans', { config: { operation: OPERATIONS.cardScanStart } },
    async (request, reply) => {
      requireCardDeps(options.deps).queueScan(request.hubspot.portalId)

      return reply.code(202).send({ status: 'queued' })
    })
}

export default postScan
