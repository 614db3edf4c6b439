import type { FastifyPluginAsync } from 'fastify'

import getCallback from './get-callback.ts'
import getInstall from './get-install.ts'
import getLogin from './get-login.ts'
import type { OAuthRouteDeps } from './oauth-deps.ts'
import { pages } from './pages.ts'

/**
 * The public OAuth routes. They carry no credentials by nature: the signed, single-use
 * `state` is their guard, checked first in the callback.
 */
const oauthRoutes: FastifyPluginAsync<OAuthRouteDeps> = async (app, deps) => {
  // People arrive here in a browser: any failure is a page that says what to do, never JSON
  // or a stack.
  app.setErrorHandler(async (error, request, reply) => {
    request.log.error({ type: 'error', err: error }, 'oauth route failed')

    return reply.status(500).type('text/html; charset=utf-8').send(pages.failed())
  })
  await app.register(getInstall, deps)
  await app.register(getLogin, deps)
  await app.register(getCallback, deps)
}

export default oauthRoutes
