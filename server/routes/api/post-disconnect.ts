import type { FastifyPluginAsync } from 'fastify'

import { OPERATIONS } from '../../operations.ts'
import { pathPortalId } from '../../plugins/session-auth.ts'

interface Options {
  readonly disconnect: (portalId: number, userId: number) => Promise<void>
}

/**
 * `POST /api/portals/:portalId/disconnect`: the customer removes PortalPilot from our side.
 * HubSpot is told to uninstall the app and to revoke its refresh token, then the tokens are
 * deleted; the stored scores stay until the portal's retention removes them.
 */
const postDisconnect: FastifyPluginAsync<Options> = async (app, options) => {
  app.post('/api/portals/:portalId/disconnect',
    { config: { operation: OPERATIONS.apiPortalDisconnect } },
    async (request, reply) => {
      await options.disconnect(pathPortalId(request), request.session.userId)

      return reply.status(204).send()
    })
}

export default postDisconnect
