import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../../server/db/connect.ts'
import { setConnectionStatus, upsertPortal } from '../../../../server/db/portals.repository.ts'
import {
  createScan,
  failScan,
  finishScan,
  updateScanProgress,
} from '../../../../server/db/scans.repository.ts'
import { createTestDatabase } from '../../../support/database.ts'
import { createPortalDetails, createReport } from '../../db/fixtures.ts'
import { createTestApp, PORTAL_A, PORTAL_B, signedRequest } from '../app-fixture.ts'

const NEW_PORTAL = 55_005
const health = (portalId: number) => signedRequest({ url: '/card/portal-health', portalId,
  userId: 7_001 })

describe('GET /card/portal-health', () => {
  let handle: DatabaseHandle

  beforeEach(async () => {
    handle = await createTestDatabase()
  })
  afterEach(() => handle.close())

  it('answers the latest finished scan of the signed portal', async () => {
    const app = await createTestApp({ handle })

    const reply = await app.inject(health(PORTAL_A.portalId))

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({
      portalId: PORTAL_A.portalId,
      status: 'finished',
      score: 64.5,
      categoryScores: { fill: 71.25, validity: 80, duplicates: 55, associations: null,
        pipeline: 90, ownership: 42 },
      scannedAt: PORTAL_A.report.scannedAt,
      progress: null,
      connection: 'connected',
      trend: [{ scannedAt: expect.any(String), score: 64.5 }],
    })
  })

  it('draws the trend from finished scans, oldest first, without failed ones', async () => {
    const app = await createTestApp({ handle })
    const failed = await createScan(handle.db, PORTAL_A.portalId, { kind: 'full' })
    await failScan(handle.db, PORTAL_A.portalId, failed, 'HUBSPOT_RATE_LIMITED')
    const again = await createScan(handle.db, PORTAL_A.portalId, { kind: 'sample' })
    // createReport(10) scores the portal 10 above createReport(0)'s 64.5.
    await finishScan(handle.db, PORTAL_A.portalId, again, createReport(10),
      { properties: {}, fillRates: {} })

    const reply = await app.inject(health(PORTAL_A.portalId))

    expect(reply.json().trend.map((point: { score: number }) => point.score))
      .toEqual([64.5, 74.5])
  })

  it('answers each portal its own scores', async () => {
    const app = await createTestApp({ handle })

    const reply = await app.inject(health(PORTAL_B.portalId))

    // createReport(21) shifts the portal score and the fill score by 21.
    expect(reply.json()).toMatchObject({ portalId: PORTAL_B.portalId, score: 85.5,
      categoryScores: { fill: 92.25 } })
  })

  it('shows a running rescan with its progress and the last finished score', async () => {
    const app = await createTestApp({ handle })
    const scanId = await createScan(handle.db, PORTAL_A.portalId, { kind: 'sample' })
    await updateScanProgress(handle.db, PORTAL_A.portalId, scanId,
      { step: 'contacts', done: 300, total: 1200 })

    const reply = await app.inject(health(PORTAL_A.portalId))

    expect(reply.json()).toMatchObject({ status: 'running', score: 64.5,
      progress: { step: 'contacts', done: 300, total: 1200 } })
  })

  it('shows a failed rescan and keeps the last finished score', async () => {
    const app = await createTestApp({ handle })
    const scanId = await createScan(handle.db, PORTAL_A.portalId, { kind: 'full' })
    await failScan(handle.db, PORTAL_A.portalId, scanId, 'HUBSPOT_RATE_LIMITED')

    const reply = await app.inject(health(PORTAL_A.portalId))

    expect(reply.json()).toMatchObject({ status: 'failed', score: 64.5, progress: null })
  })

  it('answers never-scanned for an installed portal without scans', async () => {
    const app = await createTestApp({ handle })
    await upsertPortal(handle.db, createPortalDetails({ portalId: NEW_PORTAL }))

    const reply = await app.inject(health(NEW_PORTAL))

    expect(reply.json()).toEqual({ portalId: NEW_PORTAL, status: 'never-scanned', score: null,
      categoryScores: null, scannedAt: null, progress: null, trend: [], connection: 'connected' })
  })

  it('asks for a reconnect when the grant failed or the portal is unknown', async () => {
    const app = await createTestApp({ handle })
    await setConnectionStatus(handle.db, PORTAL_A.portalId, 'needs_reconnect')

    const failed = await app.inject(health(PORTAL_A.portalId))
    const unknown = await app.inject(health(66_006))

    expect(failed.json()).toMatchObject({ connection: 'needs_reconnect', score: 64.5 })
    expect(unknown.json()).toMatchObject({ status: 'never-scanned',
      connection: 'needs_reconnect' })
  })

  it('limits each portal on its own and answers 429 RATE_LIMITED', async () => {
    const app = await createTestApp({ handle,
      deps: { rateLimits: { card: { maxPerWindow: 2, windowMs: 60_000 } } } })

    const statuses = []
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await app.inject(health(PORTAL_A.portalId))).statusCode)
    }
    const limited = await app.inject(health(PORTAL_A.portalId))
    const other = await app.inject(health(PORTAL_B.portalId))

    expect(statuses).toEqual([200, 200, 429])
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' })
    expect(other.statusCode).toBe(200)
  })

  it('does not count refused requests against the portal', async () => {
    const app = await createTestApp({ handle,
      deps: { rateLimits: { card: { maxPerWindow: 1, windowMs: 60_000 } } } })
    const unsigned = { method: 'GET' as const,
      url: `/card/portal-health?portalId=${PORTAL_A.portalId}` }

    for (let i = 0; i < 3; i += 1) expect((await app.inject(unsigned)).statusCode).toBe(401)

    expect((await app.inject(health(PORTAL_A.portalId))).statusCode).toBe(200)
  })
})
