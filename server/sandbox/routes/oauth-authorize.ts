import type { FastifyInstance, FastifyReply } from 'fastify'

import type { SandboxContext } from '../http/context.ts'

const scopeList = (value: string | undefined) =>
  (value ?? '').split(/[\s+]+/).map((scope) => scope.trim()).filter(Boolean)

function errorPage(reply: FastifyReply, message: string) {
  const safe = message.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`)

  return reply.code(400).type('text/html; charset=utf-8')
    .send(`<!doctype html><title>Authorization error</title><h1>Authorization error</h1>` +
      `<p>${safe}</p>`)
}

/**
 * The install (consent) step. There is no screen: the sandbox approves at once and redirects
 * with a single-use code, or with `error=access_denied` when `sandbox_consent=deny` is added.
 * `sandbox_optional=decline` grants the required scopes only, as a user unticking the
 * optional ones would.
 */
export async function oauthAuthorizeRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { tokens } = options.context
  app.get<{ Querystring: Record<string, string | undefined> }>('/oauth/authorize',
    async (request, reply) => {
      const query = request.query
      const registered = tokens.app(query.client_id ?? '')
      if (!registered) return errorPage(reply, 'Unknown client_id: no app is registered.')
      const redirectUri = query.redirect_uri ?? ''
      if (!registered.app.redirectUris.includes(redirectUri)) {
        return errorPage(reply, 'The redirect_uri is not one of the app\'s redirect URLs.')
      }
      const required = scopeList(query.scope)
      if (required.length === 0) return errorPage(reply, 'The scope parameter is required.')
      const target = new URL(redirectUri)
      if (query.sandbox_consent === 'deny') {
        target.searchParams.set('error', 'access_denied')
        target.searchParams.set('error_description', 'The user declined the install.')
      } else {
        const optional = query.sandbox_optional === 'decline' ? [] : scopeList(query.optional_scope)
        const scopes = [...new Set([...required, ...optional])]
        target.searchParams.set('code', tokens.issueCode(registered.app.clientId, redirectUri,
          scopes))
      }
      if (query.state !== undefined) target.searchParams.set('state', query.state)

      return reply.redirect(target.toString(), 302)
    })
}
