import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { Database } from '../../db/database.ts'
import hubspotSignature, { type HubSpotSignatureOptions } from '../../plugins/hubspot-signature.ts'
import { type GroupRateLimit, limitGroup } from '../../plugins/security-headers.ts'
import { auditDataAccess, type OnDataAccess } from '../../plugins/data-access-audit.ts'
import getPortalHealth from './get-portal-health.ts'

export interface CardRoutesOptions {
  readonly db: Kysely<Database>
  readonly signature: HubSpotSignatureOptions
  readonly rateLimit: GroupRateLimit
  readonly onDataAccess?: OnDataAccess
}

/**
 * Routes HubSpot cards call through hubspot.fetch. Every route registered here is
 * authenticated by the v3 signature because it is registered here: no handler checks it.
 */
const cardRoutes: FastifyPluginAsync<CardRoutesOptions> = async (app, options) => {
  await app.register(hubspotSignature, options.signature)
  // Per portal: one portal's many users share a budget, and no portal can starve another.
  await limitGroup(app, options.rateLimit, (request) => `portal:${request.hubspot.portalId}`)

  auditDataAccess(app, (request) => request.hubspot, options.onDataAccess)

  await app.register(getPortalHealth, { db: options.db })
}

export default cardRoutes
