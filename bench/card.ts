import Fastify, { type FastifyInstance } from 'fastify'
import pino from 'pino'

import type { ObjectType } from '../shared/crm.ts'
import { buildApp } from '../server/app.ts'
import { staticAccessToken } from '../server/hubspot/access-token.ts'
import { silentLogger } from '../server/hubspot/logger.ts'
import { createPortalBudgets, createPortalGateway } from '../server/hubspot/portal-gateway.ts'
import { createSandbox } from '../server/sandbox/index.ts'
import { loadConfig } from '../server/config.ts'
import { connectDatabase, openPglite } from '../server/db/connect.ts'
import { isMember, upsertMember } from '../server/db/members.repository.ts'
import { migrate } from '../server/db/migrate.ts'
import { upsertPortal } from '../server/db/portals.repository.ts'
import { createScan, finishScan } from '../server/db/scans.repository.ts'
import { signV3 } from '../server/security/signature-v3.ts'
import { loadDisposableDomains } from '../server/scoring/disposable-domains.ts'
import { type ObjectSample, scorePortal } from '../server/scoring/score-portal.ts'
import {
  SYNTHETIC_NOW,
  SYNTHETIC_OWNERS,
  SYNTHETIC_PIPELINES,
  SYNTHETIC_PROPERTIES,
  syntheticRecords,
} from './synthetic.ts'

export interface CardBench {
  /** Bare-route throughput over signed-card throughput, same loop, same run. */
  readonly cardVsBareFastify: number
  readonly cardP50Ms: number
  readonly cardP99Ms: number
  readonly cardRequestsPerSecond: number
  readonly bareRequestsPerSecond: number
  /** `GET /card/record` on stored data plus a fresh read of one sandbox record. */
  readonly recordP50Ms: number
  readonly recordP99Ms: number
  readonly recordRequestsPerSecond: number
}

const PORTAL_ID = 62_515
const USER_ID = 9_100_001
const PUBLIC_BASE_URL = 'https://portalpilot.bench'
// Made here for this run only.
const CLIENT_SECRET = `bench-${crypto.randomUUID()}`
const SESSION_SECRET = `bench-${crypto.randomUUID()}`

/** A real report: the scoring engine over 600 synthetic records, stored the normal way. */
async function seededDatabase() {
  const handle = await connectDatabase({ pglite: await openPglite('memory://') })
  await migrate(handle.admin)
  const objects: Partial<Record<ObjectType, ObjectSample>> = {}
  for (const type of ['contacts', 'companies', 'deals'] as const) {
    const records = [...syntheticRecords(type, 200)]
    objects[type] = { records, total: records.length, properties: SYNTHETIC_PROPERTIES[type] }
  }
  const report = scorePortal({ now: SYNTHETIC_NOW, objects, duplicates: {},
    pipelines: SYNTHETIC_PIPELINES, owners: SYNTHETIC_OWNERS,
    disposableDomains: await loadDisposableDomains(), defaultCountry: 'US' })
  await upsertPortal(handle.db, { portalId: PORTAL_ID, accountType: 'STANDARD',
    timeZone: 'UTC', companyCurrency: 'USD', uiDomain: 'app.hubspot.com',
    dataHostingLocation: 'na1' })
  await upsertMember(handle.db, PORTAL_ID, USER_ID, 'admin')
  const scanId = await createScan(handle.db, PORTAL_ID, { kind: 'sample' })
  await finishScan(handle.db, PORTAL_ID, scanId, report, { properties: {}, fillRates: {} })

  return handle
}

/** Either app: the service's logger type differs from a bare instance's. */
interface Listener {
  listen(options: { host: string; port: number }): Promise<string>
  readonly server: FastifyInstance['server']
}

async function listen(app: Listener): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('not listening')

  return `http://127.0.0.1:${address.port}`
}

interface LoadRequest {
  readonly path: string
  readonly headers: Record<string, string>
}

/** Signed the way hubspot.fetch signs, before timing starts (valid for five minutes). */
function signedCardRequests(count: number, card = '/card/portal-health?'): LoadRequest[] {
  const path = `${card}portalId=${PORTAL_ID}&userId=${USER_ID}`
  const timestamp = String(Date.now())
  const signature = signV3({ method: 'GET', uri: PUBLIC_BASE_URL + path, rawBody: '',
    timestamp, clientSecret: CLIENT_SECRET })

  return Array.from({ length: count }, () => ({ path, headers: {
    'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp } }))
}

/** `requests` GETs at a fixed concurrency; every reply must be 200. */
async function load(origin: string, requests: readonly LoadRequest[], concurrency: number) {
  const latenciesMs: number[] = []
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as LoadRequest
      const began = performance.now()
      const reply = await fetch(origin + request.path, { headers: request.headers })
      await reply.arrayBuffer()
      latenciesMs.push(performance.now() - began)
      if (reply.status !== 200) throw new Error(`${request.path} answered ${reply.status}`)
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsedMs = performance.now() - began

  return { requestsPerSecond: (requests.length / elapsedMs) * 1000, latenciesMs }
}

function percentile(sorted: readonly number[], share: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0

  return Math.round(value * 100) / 100
}

/**
 * The signed card endpoint on stored data (signature check + three indexed reads in one
 * RLS-scoped transaction) against a bare Fastify route answering a constant, both over
 * loopback HTTP with the same client loop, after a warm-up of each.
 */
export async function benchCard(requests = 2_000, concurrency = 20): Promise<CardBench> {
  const handle = await seededDatabase()
  // No rate limit on either side: the bench measures our path, not HubSpot's budget.
  const sandbox = await createSandbox({ requestsPerTenSeconds: 1_000_000 })
  const gateway = createPortalGateway({ baseUrl: await sandbox.listen(0),
    portalId: sandbox.portalId, tokens: staticAccessToken(sandbox.createPrivateAppToken()),
    logger: silentLogger, timeoutMs: 10_000,
    budget: createPortalBudgets(1_000_000).forPortal('bench') })
  const contactIds = sandbox.store.records('contacts').slice(0, 50).map((record) => record.id)
  const config = loadConfig({ PUBLIC_BASE_URL, SESSION_SECRET, LOG_LEVEL: 'silent',
    TOKEN_ENCRYPTION_KEYS: `bench:${crypto.randomUUID()}` }, { forService: true })
  const card = await buildApp(config, {
    logger: pino({ level: 'silent' }),
    pingDatabase: async () => {},
    db: handle.db,
    isMember: (portalId, userId) => isMember(handle.db, portalId, userId),
    hubspotClientSecret: CLIENT_SECRET,
    rateLimits: { card: { maxPerWindow: 1_000_000, windowMs: 60_000 } },
    card: { gatewayFor: () => gateway, defaultCountry: 'US', previewSecret: SESSION_SECRET,
      queueScan: () => {}, audit: async () => {} },
  })
  const bare = Fastify()
  bare.get('/card/portal-health', async () => ({ status: 'ok' }))
  try {
    const cardOrigin = await listen(card)
    const bareOrigin = await listen(bare)
    const warmUp = Math.min(200, requests)
    await load(cardOrigin, signedCardRequests(warmUp), concurrency)
    await load(bareOrigin, signedCardRequests(warmUp), concurrency)

    const cardRun = await load(cardOrigin, signedCardRequests(requests), concurrency)
    const bareRun = await load(bareOrigin, signedCardRequests(requests), concurrency)
    const sorted = [...cardRun.latenciesMs].sort((a, b) => a - b)
    const recordRequests = Array.from({ length: Math.max(20, Math.floor(requests / 4)) },
      (_, index) => signedCardRequests(1, '/card/record?objectType=contacts&objectId=' +
        `${contactIds[index % contactIds.length] ?? ''}&`)[0] as LoadRequest)
    await load(cardOrigin, recordRequests.slice(0, 10), concurrency)
    const recordRun = await load(cardOrigin, recordRequests, concurrency)
    const recordSorted = [...recordRun.latenciesMs].sort((a, b) => a - b)

    return {
      cardVsBareFastify: Math.round((bareRun.requestsPerSecond /
        cardRun.requestsPerSecond) * 100) / 100,
      cardP50Ms: percentile(sorted, 0.5),
      cardP99Ms: percentile(sorted, 0.99),
      cardRequestsPerSecond: Math.round(cardRun.requestsPerSecond),
      bareRequestsPerSecond: Math.round(bareRun.requestsPerSecond),
      recordP50Ms: percentile(recordSorted, 0.5),
      recordP99Ms: percentile(recordSorted, 0.99),
      recordRequestsPerSecond: Math.round(recordRun.requestsPerSecond),
    }
  } finally {
    await sandbox.close()
    await card.close()
    await bare.close()
    await handle.close()
  }
}

if (import.meta.main) {
  process.stdout.write(`${JSON.stringify(await benchCard())}\n`)
}
