import Fastify from 'fastify'
import { afterEach, describe, expect, it, vi } from 'vitest'

import errorHandler from '../../../server/plugins/error-handler.ts'
import hubspotSignature, {
  type CardAuthFailure,
  type HubSpotSignatureOptions,
} from '../../../server/plugins/hubspot-signature.ts'
import { CLIENT_SECRET, PUBLIC_BASE_URL, signedRequest } from '../routes/app-fixture.ts'

const NOW_MS = Date.UTC(2026, 2, 1, 12, 0, 0)
const UNAUTHORIZED = { code: 'UNAUTHORIZED', message: 'Authentication is required.' }

/** A card group with echo routes beside an unguarded sibling group. */
async function signedApp(options: Partial<HubSpotSignatureOptions> = {}) {
  const failures: CardAuthFailure[] = []
  const app = Fastify({ bodyLimit: 1_048_576 })
  await app.register(errorHandler)
  await app.register(async (card) => {
    await card.register(hubspotSignature, {
      clientSecret: CLIENT_SECRET,
      publicBaseUrl: PUBLIC_BASE_URL,
      now: () => NOW_MS,
      onSignatureFailure: (reason) => {
        failures.push(reason)
      },
      ...options,
    })
    card.get('/card/echo', async (request) => ({ hubspot: request.hubspot }))
    card.post('/card/echo', async (request) => ({ hubspot: request.hubspot,
      body: request.body }))
  })
  await app.register(async (open) => {
    open.post('/open', async (request) => ({ body: request.body }))
  })

  return { app, failures }
}

const signed = (overrides: Partial<Parameters<typeof signedRequest>[0]> = {}) =>
  signedRequest({ url: '/card/echo', portalId: 40_001, userId: 7_001,
    timestampMs: NOW_MS, ...overrides })

describe('hubspot-signature plugin', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets a signed request through with the portal and user of the signed URL', async () => {
    const { app, failures } = await signedApp()

    const reply = await app.inject(signed())

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ hubspot: { portalId: 40_001, userId: 7_001 } })
    expect(failures).toEqual([])
  })

  it('verifies the exact body bytes and parses them only afterwards', async () => {
    const { app } = await signedApp()
    const body = '{"ids":["1","2"],"note":"a b"}'

    const ok = await app.inject(signed({ method: 'POST', body }))
    const tampered = signed({ method: 'POST', body })
    tampered.payload = '{"ids":["1","3"],"note":"a b"}'
    const reformatted = signed({ method: 'POST', body })
    reformatted.payload = JSON.stringify(JSON.parse(body), null, 1)

    expect(ok.statusCode).toBe(200)
    expect(ok.json().body).toEqual({ ids: ['1', '2'], note: 'a b' })
    expect((await app.inject(tampered)).statusCode).toBe(401)
    expect((await app.inject(reformatted)).statusCode).toBe(401)
  })

  it('answers 401 with the generic body and reports why to the audit hook', async () => {
    const { app, failures } = await signedApp()
    const unsigned = { method: 'GET' as const, url: '/card/echo?portalId=40001' }
    const replay = signed({ timestampMs: NOW_MS - 6 * 60_000 })
    const early = signed({ timestampMs: NOW_MS + 10 * 60_000 })
    const forged = signed({ secret: 'not-the-client-secret-0123456789' })

    for (const request of [unsigned, replay, early, forged]) {
      const reply = await app.inject(request)
      expect(reply.statusCode).toBe(401)
      expect(reply.json()).toEqual(UNAUTHORIZED)
    }
    expect(failures).toEqual(['missing', 'stale', 'future', 'mismatch'])
  })

  it('rebuilds the URI from the public origin, never from a forged Host', async () => {
    const { app } = await signedApp()
    const request = signed()

    const withEvilHost = await app.inject({ ...request,
      headers: { ...request.headers, host: 'evil.example.com' } })
    // Signed for another origin (a request captured elsewhere and replayed here): refused,
    // whatever Host says.
    const signedElsewhere = signed({ url: 'https://evil.example.com/card/echo' })
    const replayed = await app.inject({ ...signedElsewhere,
      headers: { ...signedElsewhere.headers, host: 'evil.example.com' } })

    expect(withEvilHost.statusCode).toBe(200)
    expect(replayed.statusCode).toBe(401)
  })

  it('refuses a URL naming two different portals (tenant confusion)', async () => {
    const { app, failures } = await signedApp()

    // The caller put portal B first; the proxy appended portal A after it.
    const confused = await app.inject(signed({ url: '/card/echo?portalId=80002' }))
    const repeated = await app.inject(signed({ url: '/card/echo?portalId=40001' }))

    expect(confused.statusCode).toBe(401)
    expect(repeated.statusCode).toBe(200)
    expect(repeated.json().hubspot.portalId).toBe(40_001)
    expect(failures).toEqual(['no-portal'])
  })

  it('refuses a valid signature over a URL without a usable portal id', async () => {
    const { app, failures } = await signedApp()

    expect((await app.inject(signed({ portalId: null }))).statusCode).toBe(401)
    expect((await app.inject(signed({ url: '/card/echo?portalId=0', portalId: null })))
      .statusCode).toBe(401)
    expect((await app.inject(signed({ url: '/card/echo?userId=x' }))).statusCode).toBe(401)
    expect(failures).toEqual(['no-portal', 'no-portal', 'no-portal'])
  })

  it('answers 400 for a validly signed body that is not JSON', async () => {
    const { app } = await signedApp()

    const broken = await app.inject(signed({ method: 'POST', body: '{"ids":' }))
    const poisoned = await app.inject(signed({ method: 'POST',
      body: '{"__proto__":{"admin":true}}' }))

    expect(broken.statusCode).toBe(400)
    expect(broken.json()).toEqual({ code: 'BAD_REQUEST', message: 'The body is not valid JSON.' })
    expect(poisoned.statusCode).toBe(400)
  })

  it('refuses an unsigned body of any content type with 401, not a parse error', async () => {
    const { app, failures } = await signedApp()

    const text = await app.inject({ method: 'POST', url: '/card/echo?portalId=40001',
      headers: { 'content-type': 'text/plain' }, payload: 'hello' })
    const badJson = await app.inject({ method: 'POST', url: '/card/echo?portalId=40001',
      headers: { 'content-type': 'application/json' }, payload: '{' })

    expect(text.statusCode).toBe(401)
    expect(badJson.statusCode).toBe(401)
    expect(failures).toEqual(['missing', 'missing'])
  })

  it('refuses every request when no client secret is configured', async () => {
    const { app } = await signedApp({ clientSecret: undefined })

    expect((await app.inject(signed())).statusCode).toBe(401)
  })

  it('still refuses when the audit hook throws', async () => {
    const { app } = await signedApp({ onSignatureFailure: () => {
      throw new Error('audit sink down')
    } })

    const reply = await app.inject({ method: 'GET', url: '/card/echo?portalId=40001' })

    expect(reply.statusCode).toBe(401)
    expect(reply.json()).toEqual(UNAUTHORIZED)
  })

  it('reads the clock per request, so a frozen clock decides staleness', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW_MS)
    const { app } = await signedApp({ now: undefined })
    const request = signed()

    expect((await app.inject(request)).statusCode).toBe(200)
    vi.setSystemTime(NOW_MS + 300_001)
    expect((await app.inject(request)).statusCode).toBe(401)
  })

  it('guards only the group that registers it', async () => {
    const { app } = await signedApp()

    const reply = await app.inject({ method: 'POST', url: '/open', payload: { a: 1 } })

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ body: { a: 1 } })
  })
})
