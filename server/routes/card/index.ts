import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'

import type { Database } from '../../db/database.ts'
import hubspotSignature, { type HubSpotSignatureOptions } from '../../plugins/hubspot-signature.ts'
import { type GroupRateLimit, limitGroup } from '../../plugins/security-headers.ts'
import { auditDataAccess, type OnDataAccess } from '../../plugins/data-access-audit.ts'
import type { CardDeps } from './card-deps.ts'
import getPortalHealth from './get-portal-health.ts'
import getRecord from './get-record.ts'
import postFixApply from './post-fix-apply.ts'
import postFixPreview from './post-fix-preview.ts'
import postScan from './post-scan.ts'

export interface CardRoutesOptions {
  readonly db: Kysely<Database>
  readonly signature: HubSpotSignatureOptions
  readonly rateLimit: GroupRateLimit
  readonly onDataAccess?: OnDataAccess
  /** HubSpot access and the rest the record and fix routes need. */
  readonly deps?: CardDeps
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
  await app.register(getRecord, { db: options.db, deps: options.deps })
  await app.register(postScan, { deps: options.deps })
  await app.register(postFixPreview, { deps: options.deps })
  await app.register(postFixApply, { db: options.db, deps: options.deps })
}

export default cardRoutes
