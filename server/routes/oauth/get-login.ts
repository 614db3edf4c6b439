import type { FastifyPluginAsync } from 'fastify'

import { OPERATIONS } from '../../operations.ts'
import { startOAuth } from './get-install.ts'
import type { OAuthRouteDeps } from './oauth-deps.ts'

/** Signs a person in to the PortalPilot API through HubSpot. */
const getLogin: FastifyPluginAsync<OAuthRouteDeps> = async (app, deps) => {
  app.get('/oauth/login', { config: { operation: OPERATIONS.oauthLogin } },
    async (_request, reply) => startOAuth(deps, 'login', reply))
}

export default getLogin
