import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { App } from '../../../server/app.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import errorHandler from '../../../server/plugins/error-handler.ts'
import hubspotSignature from '../../../server/plugins/hubspot-signature.ts'
import { createFetchProxy, MAX_BODY_BYTES } from '../../../server/sandbox/index.ts'
import { verifySignatureV3 } from '../../../server/security/signature-v3.ts'
import { createTestDatabase } from '../../support/database.ts'
import {
  CLIENT_SECRET,
  createTestApp,
  PORTAL_A,
  PORTAL_B,
  PUBLIC_BASE_URL,
} from '../routes/app-fixture.ts'

async function listen(app: FastifyInstance | App): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('not listening')

  return `http://127.0.0.1:${address.port}`
}

/** Records what arrives, answers a body of `replyBytes` bytes. */
async function recordingServer(replyBytes = 2) {
  const seen: { url: string; headers: Record<string, unknown>; body: unknown }[] = []
  const app = Fastify({ bodyLimit: 4 * MAX_BODY_BYTES })
  app.all('/*', async (request) => {
    seen.push({ url: request.url, headers: request.headers, body: request.body })

    return replyBytes === 2 ? {} : 'x'.repeat(replyBytes)
  })

  return { app, seen, origin: await listen(app) }
}

describe('createFetchProxy', () => {
  const servers: FastifyInstance[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('appends the portal and user, signs the HubSpot way and sends JSON', async () => {
    const target = await recordingServer()
    servers.push(target.app)
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET, targetOrigin: target.origin,
      publicOrigin: PUBLIC_BASE_URL, now: () => 1_707_926_838_792 })

    const reply = await proxy.fetch(`${PUBLIC_BASE_URL}/card/fix?objectId=12`, {
      method: 'POST', body: { ids: ['1', '2'] }, portalId: 40_001, userId: 7_001 })

    expect(reply.status).toBe(200)
    const [request] = target.seen
    expect(request?.url).toBe('/card/fix?objectId=12&portalId=40001&userId=7001')
    expect(request?.body).toEqual({ ids: ['1', '2'] })
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers['x-hubspot-request-timestamp']).toBe('1707926838792')
    expect(verifySignatureV3({ method: 'POST', uri: `${PUBLIC_BASE_URL}${request?.url}`,
      rawBody: '{"ids":["1","2"]}', timestampHeader: '1707926838792',
      signatureHeader: request?.headers['x-hubspot-signature-v3'] as string,
      clientSecret: CLIENT_SECRET, nowMs: 1_707_926_838_792 })).toEqual({ ok: true })
  })

  it('refuses URLs outside the app origin, like permittedUrls', async () => {
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET,
      targetOrigin: 'http://127.0.0.1:9', publicOrigin: PUBLIC_BASE_URL })

    await expect(proxy.fetch('https://elsewhere.test/card/portal-health', { portalId: 1 }))
      .rejects.toThrow(TypeError)
  })

  it('refuses a request body over 1 MB before sending anything', async () => {
    const target = await recordingServer()
    servers.push(target.app)
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET, targetOrigin: target.origin })

    await expect(proxy.fetch('/card/fix', { method: 'POST', portalId: 1,
      body: { text: 'x'.repeat(MAX_BODY_BYTES) } })).rejects.toThrow(RangeError)
    expect(target.seen).toEqual([])
  })

  it('refuses a response body over 1 MB', async () => {
    const target = await recordingServer(MAX_BODY_BYTES + 1)
    servers.push(target.app)
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET, targetOrigin: target.origin })

    await expect(proxy.fetch('/card/big', { portalId: 1 })).rejects.toThrow(RangeError)
  })

  it('carries a signed JSON body through the signature plugin', async () => {
    const app = Fastify()
    servers.push(app)
    await app.register(errorHandler)
    await app.register(async (card) => {
      await card.register(hubspotSignature, { clientSecret: CLIENT_SECRET,
        publicBaseUrl: PUBLIC_BASE_URL })
      card.post('/card/echo', async (request) => ({ who: request.hubspot,
        body: request.body }))
    })
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET,
      targetOrigin: await listen(app), publicOrigin: PUBLIC_BASE_URL })

    const reply = await proxy.fetch('/card/echo', { method: 'POST', portalId: 40_001,
      userId: 7_001, body: { note: 'Straße & "quotes"', list: [1, 2] } })

    expect(reply.status).toBe(200)
    expect(await reply.json()).toEqual({ who: { portalId: 40_001, userId: 7_001 },
      body: { note: 'Straße & "quotes"', list: [1, 2] } })
  })
})

describe('hubspot.fetch stand-in against the service', () => {
  let handle: DatabaseHandle
  let app: App
  let origin: string

  beforeAll(async () => {
    handle = await createTestDatabase()
    app = await createTestApp({ handle })
    origin = await listen(app)
  })
  afterAll(async () => {
    await app.close()
    await handle.close()
  })

  it('reads the card of the portal the proxy signs for', async () => {
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET, targetOrigin: origin,
      publicOrigin: PUBLIC_BASE_URL })

    const reply = await proxy.fetch('/card/portal-health', { portalId: PORTAL_A.portalId,
      userId: PORTAL_A.userId })

    expect(reply.status).toBe(200)
    expect(await reply.json()).toMatchObject({ portalId: PORTAL_A.portalId, score: 64.5 })
  })

  it('answers 401 when the caller names another portal before the proxy does', async () => {
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET, targetOrigin: origin,
      publicOrigin: PUBLIC_BASE_URL })

    const reply = await proxy.fetch(`/card/portal-health?portalId=${PORTAL_B.portalId}`,
      { portalId: PORTAL_A.portalId })

    expect(reply.status).toBe(401)
    expect(await reply.json()).toEqual({ code: 'UNAUTHORIZED',
      message: 'Authentication is required.' })
  })

  it('answers 401 to a proxy signing with another secret', async () => {
    const proxy = createFetchProxy({ clientSecret: 'not-our-client-secret-0123456789',
      targetOrigin: origin, publicOrigin: PUBLIC_BASE_URL })

    const reply = await proxy.fetch('/card/portal-health', { portalId: PORTAL_A.portalId })

    expect(reply.status).toBe(401)
  })

  it('answers 401 when the service has another public origin than the signed one', async () => {
    const proxy = createFetchProxy({ clientSecret: CLIENT_SECRET, targetOrigin: origin })

    const reply = await proxy.fetch('/card/portal-health', { portalId: PORTAL_A.portalId })

    expect(reply.status).toBe(401)
  })
})
