import type { InjectOptions } from 'fastify'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'

import { type AppDeps, buildApp } from '../../../server/app.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import type { Database } from '../../../server/db/database.ts'
import { isMember, upsertMember } from '../../../server/db/members.repository.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createScan, finishScan } from '../../../server/db/scans.repository.ts'
import { createLogger } from '../../../server/logger.ts'
import { issueSessionToken } from '../../../server/security/session-token.ts'
import { signV3 } from '../../../server/security/signature-v3.ts'
import { testConfig, TEST_SECRETS } from '../../support/config.ts'
import { createPortalDetails, createReport } from '../db/fixtures.ts'

/** Made for tests only. */
export const CLIENT_SECRET = 'test-only-client-secret-0123456789'
export const PUBLIC_BASE_URL = 'https://portalpilot.test'
/** Two tenants, each with one member; B's score is distinctive so a leak is easy to spot. */
export const PORTAL_A = { portalId: 40_001, userId: 7_001, report: createReport(0) }
export const PORTAL_B = { portalId: 80_002, userId: 9_002, report: createReport(21) }

export function routeConfig() {
  return testConfig({ PUBLIC_BASE_URL })
}

/** The service on a fresh test database, with both tenants' portals, members and reports. */
export async function createTestApp(options: {
  readonly handle: DatabaseHandle
  readonly logger?: Logger
  readonly deps?: Partial<AppDeps>
  readonly seed?: boolean
}) {
  const { db } = options.handle
  if (options.seed ?? true) await seedTenants(db)
  const app = await buildApp(routeConfig(), {
    logger: options.logger ?? createLogger({ logLevel: 'silent' }),
    pingDatabase: async () => {},
    db,
    isMember: (portalId, userId) => isMember(db, portalId, userId),
    hubspotClientSecret: CLIENT_SECRET,
    ...options.deps,
  })

  return app
}

export async function seedTenants(db: Kysely<Database>): Promise<void> {
  for (const tenant of [PORTAL_A, PORTAL_B]) {
    await upsertPortal(db, createPortalDetails({ portalId: tenant.portalId }))
    await upsertMember(db, tenant.portalId, tenant.userId, 'admin')
    const scanId = await createScan(db, tenant.portalId, { kind: 'sample' })
    await finishScan(db, tenant.portalId, scanId, tenant.report,
      { properties: {}, fillRates: {} })
  }
}

/** A request as HubSpot's proxy would send it for `portalId` (appended after the query). */
export function signedRequest(request: {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD'
  readonly url: string
  readonly portalId: number | null
  readonly userId?: number
  readonly body?: string
  readonly timestampMs?: number
  readonly secret?: string
}): InjectOptions {
  const url = new URL(request.url, PUBLIC_BASE_URL)
  if (request.portalId !== null) url.searchParams.append('portalId', String(request.portalId))
  if (request.userId !== undefined) url.searchParams.append('userId', String(request.userId))
  const method = request.method ?? 'GET'
  const timestamp = String(request.timestampMs ?? Date.now())
  const rawBody = request.body ?? ''

  return {
    method,
    url: url.pathname + url.search,
    headers: {
      'x-hubspot-request-timestamp': timestamp,
      'x-hubspot-signature-v3': signV3({ method, uri: url.href, rawBody, timestamp,
        clientSecret: request.secret ?? CLIENT_SECRET }),
      ...(rawBody !== '' && { 'content-type': 'application/json' }),
    },
    ...(rawBody !== '' && { payload: rawBody }),
  }
}

export async function sessionHeader(userId: number, nowMs?: number) {
  const token = await issueSessionToken(TEST_SECRETS.SESSION_SECRET, userId, { nowMs })

  return { authorization: `Bearer ${token}` }
}
