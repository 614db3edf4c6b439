import type { InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { App, RegisteredRoute } from '../../../server/app.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { createTestDatabase } from '../../support/database.ts'
import {
  createTestApp,
  PORTAL_A,
  PORTAL_B,
  seedTenants,
  sessionHeader,
  signedRequest,
} from './app-fixture.ts'
import { checkRouteAuth } from './route-auth-checker.ts'

/** The only routes that may answer without credentials. */
const isPublic = (route: RegisteredRoute) =>
  route.url === '/healthz' || route.url.startsWith('/oauth/')

async function asTenantA(route: RegisteredRoute, request: InjectOptions) {
  const url = String(request.url)
  if (route.url.startsWith('/card/')) {
    return signedRequest({ method: route.method as 'GET', url, portalId: PORTAL_A.portalId,
      userId: PORTAL_A.userId, body: request.payload as string | undefined })
  }
  if (route.url.startsWith('/api/')) {
    return { ...request, headers: { ...request.headers,
      ...(await sessionHeader(PORTAL_A.userId)) } }
  }

  return request
}

const plan = (app: App) => ({
  app,
  isPublic,
  asTenantA,
  portalA: PORTAL_A.portalId,
  portalB: PORTAL_B.portalId,
  // B's id, and its portal score (85.5), which no report of A contains.
  tenantBMarkers: [String(PORTAL_B.portalId), '85.5'],
})

describe('route authentication across every registered route', () => {
  let handle: DatabaseHandle

  beforeAll(async () => {
    handle = await createTestDatabase()
    await seedTenants(handle.db)
  })
  afterAll(() => handle.close())

  it('lists the public, card and API routes', async () => {
    const app = await createTestApp({ handle, seed: false })
    await app.ready()

    const urls = app.registeredRoutes().map((route) => `${route.method} ${route.url}`)

    expect(urls).toEqual(expect.arrayContaining(['GET /healthz', 'GET /card/portal-health',
      'GET /card/record', 'POST /card/scans', 'POST /card/fixes/preview',
      'POST /card/fixes/apply', 'GET /api/me', 'GET /api/portals/:portalId/report']))
    expect(app.registeredRoutes().filter((route) => !isPublic(route)).length)
      .toBeGreaterThanOrEqual(3)
  })

  it('refuses anonymous and cross-tenant requests on every guarded route', async () => {
    const app = await createTestApp({ handle, seed: false })

    const problems = await checkRouteAuth(plan(app))

    expect(problems).toEqual([])
  })

  it('serves tenant A its own data with the same credentials', async () => {
    const app = await createTestApp({ handle, seed: false })

    const card = await app.inject(signedRequest({ url: '/card/portal-health',
      portalId: PORTAL_A.portalId }))
    const report = await app.inject({ url: `/api/portals/${PORTAL_A.portalId}/report`,
      headers: await sessionHeader(PORTAL_A.userId) })

    expect(card.statusCode).toBe(200)
    expect(report.statusCode).toBe(200)
  })
})

describe('checkRouteAuth', () => {
  let handle: DatabaseHandle

  beforeAll(async () => {
    handle = await createTestDatabase()
    await seedTenants(handle.db)
  })
  afterAll(() => handle.close())

  it('fails for a route registered outside the authenticated groups', async () => {
    const app = await createTestApp({ handle, seed: false })
    // Someone adds an export next to the API, but at the root instead of in the api group.
    app.get('/api/portals/:portalId/export', async (request) => {
      const { portalId } = request.params as { portalId: string }

      return { portalId: Number(portalId), score: 85.5 }
    })

    const problems = await checkRouteAuth(plan(app))

    expect(problems).toContain(
      'GET /api/portals/:portalId/export: answered 200 without credentials')
    expect(problems).toContain(
      'GET /api/portals/:portalId/export: answered 200 to tenant A asking about B')
    expect(problems.every((problem) => problem.includes('/export'))).toBe(true)
  })

  it('fails for a route that serves another tenant by a query parameter', async () => {
    const app = await createTestApp({ handle, seed: false })
    app.register(async (leaky) => {
      leaky.addHook('onRequest', async (request, reply) => {
        if (!request.headers.authorization) await reply.code(401).send({
          code: 'UNAUTHORIZED', message: 'Authentication is required.' })
      })
      leaky.get('/api/summary', async (request) => {
        const { portalId } = request.query as { portalId?: string }

        return { portalId: Number(portalId) }
      })
    })

    const problems = await checkRouteAuth(plan(app))

    // HEAD replies carry no body, so only GET shows the leak.
    expect(problems).toEqual(['GET /api/summary: served tenant B\'s data to tenant A'])
  })

  it('fails for an error body that says more than code and message', async () => {
    const app = await createTestApp({ handle, seed: false })
    app.get('/card/debug', async (_request, reply) => reply.code(401).send({
      code: 'UNAUTHORIZED', message: 'no', stack: 'Error: no\n    at check (card.ts:1:1)' }))

    const problems = await checkRouteAuth(plan(app))

    expect(problems).toContain('GET /card/debug: error body has keys [code, message, stack]')
    expect(problems).toContain('GET /card/debug: error body matches /\\bstack\\b/i')
  })
})
