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
    const status = (error as { statusCode?: number }).statusCode ?? 500
    const page = status === 429 ? pages.tooMany() : status < 500 ? pages.stateInvalid()
      : pages.failed()
    if (status >= 500) request.log.error({ type: 'error', err: error }, 'oauth route failed')

    return reply.status(status >= 400 && status < 600 ? status : 500)
      .header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page)
  })
  await app.register(getInstall, deps)
  await app.register(getLogin, deps)
  await app.register(getCallback, deps)
}

export default oauthRoutes
