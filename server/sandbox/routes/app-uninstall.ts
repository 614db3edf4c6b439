import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import { grantOf, type SandboxContext } from '../http/context.ts'
import { hubspotError } from '../http/hubspot-error.ts'

/**
 * `DELETE /appinstalls/2026-03/external-install`: the app uninstalls itself from the portal
 * with a bearer token holding `oauth` (hubspot-platform.md §5), answering 204.
 */
export async function appUninstallRoutes(app: FastifyInstance,
  options: { context: SandboxContext }) {
  const { context } = options
  app.delete('/appinstalls/2026-03/external-install', async (request, reply) => {
    requireScope(request, ['oauth'])
    const grant = grantOf(request)
    // A private app is not installed through OAuth, so there is nothing to uninstall.
    if (grant.kind !== 'oauth') {
      throw hubspotError(400, 'VALIDATION_ERROR',
        'Only an app installed through OAuth can uninstall itself.')
    }
    context.tokens.uninstallApp(grant.appId)

    return reply.code(204).send()
  })
}
