import { describe, expect, it } from 'vitest'

import type { AccessTokenSource } from '../../../server/hubspot/access-token.ts'
import { createHubSpotHttp } from '../../../server/hubspot/http.ts'
import { silentLogger } from '../../../server/hubspot/logger.ts'
import { createRateBudget } from '../../../server/hubspot/rate-budget.ts'
import { createFakeClock } from '../../support/fake-clock.ts'

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error

/** A fetch that answers from a script and records the bearer token of each call. */
function scriptedFetch(replies: Reply[]) {
  const tokens: string[] = []
  const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
    tokens.push(String((init?.headers as Record<string, string>).authorization))
    const reply = replies.shift()
    if (!reply) throw new Error('no scripted reply left')
    if (reply instanceof Error) throw reply

    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: reply.headers,
    })
  }

  return { fetch: fetch as typeof globalThis.fetch, tokens }
}

function setup(replies: Reply[], tokens?: AccessTokenSource) {
  const clock = createFakeClock(0)
  const scripted = scriptedFetch(replies)
  let renewals = 0
  const source: AccessTokenSource = tokens ?? {
    current: async () => 'token-1',
    renewAfterExpiry: async () => {
      renewals++

      return `token-${renewals + 1}`
    },
  }
  const http = createHubSpotHttp({
    baseUrl: 'http://127.0.0.1:9',
    tokens: source,
    budget: createRateBudget({ requestsPerWindow: 100, windowMs: 10_000, marginMs: 0,
      searchSpacingMs: 250, now: clock.now, sleep: clock.sleep }),
    logger: silentLogger,
    timeoutMs: 1_000,
    fetch: scripted.fetch,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0,
  })
  const get = () => http.send<{ ok: boolean }>({ operation: 'test.read', method: 'GET',
    path: '/x' })

  return { clock, get, sentTokens: scripted.tokens, renewals: () => renewals }
}

const ok = { status: 200, body: { ok: true } }
const tenSecondly = { status: 429, body: { status: 'error', errorType: 'RATE_LIMIT',
  policyName: 'TEN_SECONDLY_ROLLING' } }

describe('createHubSpotHttp', () => {
  it('waits out the ten-second window after a 429 and then succeeds', async () => {
    const { clock, get } = setup([tenSecondly, ok])

    await expect(get()).resolves.toEqual({ ok: true })

    expect(clock.now()).toBeGreaterThanOrEqual(10_000)
  })

  it('gives up on a DAILY 429 at once', async () => {
    const { get } = setup([{ status: 429, body: { policyName: 'DAILY' } }, ok])

    await expect(get()).rejects.toMatchObject({ code: 'HUBSPOT_FAILED' })
  })

  it('reports HUBSPOT_RATE_LIMITED when every attempt meets a 429', async () => {
    const { get } = setup([tenSecondly, tenSecondly, tenSecondly, tenSecondly, tenSecondly])

    await expect(get()).rejects.toMatchObject({ code: 'HUBSPOT_RATE_LIMITED' })
  })

  it('retries a 502 with backoff', async () => {
    const { clock, get } = setup([{ status: 502 }, ok])

    await expect(get()).resolves.toEqual({ ok: true })

    // First backoff: 250 ms x 2^0 x (1 + 0/2) with the random source fixed at 0.
    expect(clock.sleeps).toEqual([250])
  })

  it('renews an expired token once and retries with the new one', async () => {
    const expired = { status: 401, body: { category: 'EXPIRED_AUTHENTICATION' } }
    const { get, sentTokens, renewals } = setup([expired, ok])

    await expect(get()).resolves.toEqual({ ok: true })

    expect(renewals()).toBe(1)
    expect(sentTokens).toEqual(['Bearer token-1', 'Bearer token-2'])
  })

  it('does not renew twice when the new token is refused too', async () => {
    const expired = { status: 401, body: { category: 'EXPIRED_AUTHENTICATION' } }
    const { get, renewals } = setup([expired, expired, ok])

    await expect(get()).rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    expect(renewals()).toBe(1)
  })

  it('treats an invalid token as a failed authentication without renewing', async () => {
    const invalid = { status: 401, body: { category: 'INVALID_AUTHENTICATION' } }
    const { get, renewals } = setup([invalid, ok])

    await expect(get()).rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    expect(renewals()).toBe(0)
  })

  it('reports HUBSPOT_UNREACHABLE after every attempt fails to connect', async () => {
    const refused = () => new TypeError('fetch failed')
    const { get } = setup([refused(), refused(), refused(), refused(), refused()])

    await expect(get()).rejects.toMatchObject({ code: 'HUBSPOT_UNREACHABLE' })
  })

  it('reports a reply that is not JSON without repeating its body', async () => {
    const { get } = setup([{ status: 200, body: undefined }])

    const failure = await get().catch((error: unknown) => error)

    expect(failure).toMatchObject({ code: 'HUBSPOT_FAILED' })
    expect((failure as Error).message).toBe(
      'HubSpot answered 200 (a reply that is not JSON) to test.read.')
  })

  it('names the missing scope problem in words', async () => {
    const { get } = setup([{ status: 403, body: { category: 'MISSING_SCOPES' } }])

    await expect(get()).rejects.toThrow(/lacks a scope/)
  })

  it('does not retry a validation error', async () => {
    const { get } = setup([{ status: 400, body: { category: 'VALIDATION_ERROR' } }, ok])

    await expect(get()).rejects.toMatchObject({ code: 'HUBSPOT_FAILED' })
  })
})
