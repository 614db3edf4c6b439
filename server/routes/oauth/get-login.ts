import type { FastifyPluginAsync } from 'fastify'

import { OPERATIONS } from '../../operations.ts'
import { startOAuth } from './get-install.ts'
import type { OAuthRouteDeps } from './oauth-deps.ts'

/** Signs a person in to the PortalPilot API through HubSpot (scope `oauth` only). */
const getLogin: FastifyPluginAsync<OAuthRouteDeps> = async (app, deps) => {
  app.get('/oauth/login', { config: { operation: OPERATIONS.oauthLogin } },
    async (_request, reply) => reply.redirect(await startOAuth(deps, 'login')))
}

export default getLogin
