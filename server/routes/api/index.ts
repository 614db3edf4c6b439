import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'

import type { Database } from '../../db/database.ts'
import { type GroupRateLimit, limitGroup } from '../../plugins/security-headers.ts'
import sessionAuth, {
  pathPortalId,
  type SessionAuthOptions,
} from '../../plugins/session-auth.ts'
import { auditDataAccess, type OnDataAccess } from '../../plugins/data-access-audit.ts'
import getMe from './get-me.ts'
import getReport from './get-report.ts'
import postDisconnect from './post-disconnect.ts'

export interface ApiRoutesOptions {
  readonly db: Kysely<Database>
  /** Uninstalls the app from the portal, revokes and deletes its tokens. */
  readonly disconnect?: (portalId: number, userId: number) => Promise<void>
  readonly session: SessionAuthOptions
  readonly rateLimit: GroupRateLimit
  readonly onDataAccess?: OnDataAccess
}

/**
 * The service API for people outside HubSpot. Every route registered here needs a session
 * JWT, and one with `:portalId` a member of that portal, because it is registered here.
 */
const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (app, options) => {
  await app.register(sessionAuth, options.session)
  await limitGroup(app, options.rateLimit, (request) => `user:${request.session.userId}`)

  auditDataAccess(app, (request) => ({
    portalId: hasPortalParam(request) ? pathPortalId(request) : null,
    userId: request.session.userId,
  }), options.onDataAccess)

  await app.register(getMe)
  await app.register(getReport, { db: options.db })
  if (options.disconnect) await app.register(postDisconnect, { disconnect: options.disconnect })
}

export default apiRoutes

const hasPortalParam = (request: FastifyRequest) =>
  (request.params as Record<string, unknown> | undefined)?.portalId !== undefined
