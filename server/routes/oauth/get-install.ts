import type { FastifyPluginAsync, FastifyReply } from 'fastify'

import { scopesOf } from '../../../shared/scopes.ts'
import { authorizeUrl } from '../../hubspot/authorize-url.ts'
import { OPERATIONS } from '../../operations.ts'
import { type OAuthPurpose, STATE_TTL_MS } from '../../security/oauth-state.ts'
import { type OAuthRouteDeps, redirectUri } from './oauth-deps.ts'

/** The cookie that ties a state to the browser that asked for it (login CSRF). */
export const STATE_COOKIE = 'pp_oauth_state'

/**
 * Sends the browser to HubSpot's consent screen with a fresh single-use state, and gives the
 * same browser a cookie holding the state's nonce: the callback accepts the state only from
 * it, so nobody can make a victim's browser finish a flow the attacker started.
 */
export async function startOAuth(
  deps: OAuthRouteDeps,
  purpose: OAuthPurpose,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { state, payload } = deps.states.issue(purpose)
  const { config } = deps
  await deps.rememberState(payload.nonce, new Date(payload.expiresAtMs))
  const secure = config.publicBaseUrl.startsWith('https:') ? '; Secure' : ''
  reply.header('set-cookie', `${STATE_COOKIE}=${payload.nonce}; Path=/oauth; HttpOnly; ` +
    `SameSite=Lax; Max-Age=${Math.round(STATE_TTL_MS / 1000)}${secure}`)

  return reply.redirect(authorizeUrl({
    authBaseUrl: config.hubspot.authBaseUrl ?? 'https://app.hubspot.com',
    clientId: config.hubspot.clientId ?? '',
    redirectUri: redirectUri(config),
    // HubSpot wants every required scope in the URL even when the app is installed, so
    // signing in asks for the same; the grant it makes is revoked once the user is known.
    scopes: scopesOf('required'),
    optionalScopes: purpose === 'install' ? scopesOf('optional') : [],
    state,
  }))
}

const getInstall: FastifyPluginAsync<OAuthRouteDeps> = async (app, deps) => {
  app.get('/oauth/install', { config: { operation: OPERATIONS.oauthInstall } },
    async (_request, reply) => startOAuth(deps, 'install', reply))
}

export default getInstall
