import type { FastifyPluginAsync } from 'fastify'

import { scopesOf } from '../../../shared/scopes.ts'
import { authorizeUrl } from '../../hubspot/authorize-url.ts'
import { OPERATIONS } from '../../operations.ts'
import type { OAuthPurpose } from '../../security/oauth-state.ts'
import { type OAuthRouteDeps, redirectUri } from './oauth-deps.ts'

/** Sends the browser to HubSpot's consent screen with a fresh single-use state. */
export function startOAuth(deps: OAuthRouteDeps, purpose: OAuthPurpose): Promise<string> {
  const { state, payload } = deps.states.issue(purpose)
  const { config } = deps

  return deps.rememberState(payload.nonce, new Date(payload.expiresAtMs)).then(() =>
    authorizeUrl({
      authBaseUrl: config.hubspot.authBaseUrl ?? 'https://app.hubspot.com',
      clientId: config.hubspot.clientId ?? '',
      redirectUri: redirectUri(config),
      // Signing in needs only to learn who the user is; installing asks for everything.
      scopes: purpose === 'install' ? scopesOf('required') : ['oauth'],
      optionalScopes: purpose === 'install' ? scopesOf('optional') : [],
      state,
    }),
  )
}

const getInstall: FastifyPluginAsync<OAuthRouteDeps> = async (app, deps) => {
  app.get('/oauth/install', { config: { operation: OPERATIONS.oauthInstall } },
    async (_request, reply) => reply.redirect(await startOAuth(deps, 'install')))
}

export default getInstall
