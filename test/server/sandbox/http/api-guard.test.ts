import { describe, expect, it } from 'vitest'

import { fakeClock, testPortal, UUID } from '../helpers.ts'

const APP = { clientId: 'guard-app', clientSecret: 'guard-secret',
  redirectUris: ['http://127.0.0.1/cb'] }

describe('authentication', () => {
  it('answers 401 INVALID_AUTHENTICATION without a token or with an unknown one', async () => {
    const portal = await testPortal({ seed: 'empty' })

    const missing = await portal.sandbox.server.inject({ url: '/crm/v3/objects/contacts' })
    const unknown = await portal.call('GET', '/crm/v3/objects/contacts', undefined, 'pat-x')

    expect(missing.statusCode).toBe(401)
    expect(missing.json()).toMatchObject({ status: 'error',
      category: 'INVALID_AUTHENTICATION' })
    expect(missing.json().correlationId).toMatch(UUID)
    expect(unknown.status).toBe(401)
    expect(unknown.body.category).toBe('INVALID_AUTHENTICATION')
  })

  it('answers 401 EXPIRED_AUTHENTICATION saying how long ago, with the expiry in context',
    async () => {
      const clock = fakeClock(Date.UTC(2026, 0, 1, 0, 0, 0))
      const portal = await testPortal({ seed: 'empty', now: clock.now })
      portal.sandbox.registerApp(APP)
      const authorize = await portal.sandbox.server.inject({ url: '/oauth/authorize?' +
        new URLSearchParams({ client_id: APP.clientId, redirect_uri: 'http://127.0.0.1/cb',
          scope: 'crm.objects.contacts.read' }) })
      const code = new URL(authorize.headers.location as string).searchParams.get('code')
      const tokens = (await portal.sandbox.server.inject({ method: 'POST',
        url: '/oauth/2026-03/token', headers: { 'content-type':
          'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ grant_type: 'authorization_code', code: code ?? '',
          client_id: APP.clientId, client_secret: APP.clientSecret,
          redirect_uri: 'http://127.0.0.1/cb' }).toString() })).json()
      clock.advance(1800 * 1000 + 7_000)

      const expired = await portal.call('GET', '/crm/v3/objects/contacts', undefined,
        tokens.access_token)

      expect(expired.status).toBe(401)
      expect(expired.body.category).toBe('EXPIRED_AUTHENTICATION')
      expect(expired.body.message).toBe(
        'The OAuth token used to make this call expired 7 second(s) ago.')
      // Issued at 00:00:00 with a 1,800 s lifetime: expired at 00:30:00.
      expect(expired.body.context).toEqual({ 'expire time': ['2026-01-01T00:30:00.000Z'] })
    })

  it('answers 403 MISSING_SCOPES when the token lacks the object scope', async () => {
    const portal = await testPortal({ seed: 'empty' })
    const readOnly = portal.sandbox.createPrivateAppToken(['crm.objects.contacts.read'])

    const companies = await portal.call('GET', '/crm/v3/objects/companies', undefined, readOnly)
    const write = await portal.call('PATCH', '/crm/v3/objects/contacts/12000000001',
      { properties: { firstname: 'M' } }, readOnly)

    expect(companies.status).toBe(403)
    expect(companies.body.category).toBe('MISSING_SCOPES')
    expect(write.status).toBe(403)
  })
})

describe('rate limits', () => {
  it('answers the 151st PATCH in ten seconds with HubSpot\'s 429 body (item 8)', async () => {
    const clock = fakeClock()
    const portal = await testPortal({ seed: 'empty', now: clock.now,
      requestsPerTenSeconds: 150 })
    const patch = () => portal.call('PATCH', '/crm/v3/objects/contacts/12000000001',
      { properties: { jobtitle: 'x' } })
    for (let i = 0; i < 150; i += 1) {
      expect((await patch()).status).toBe(200)
      clock.advance(50)
    }

    const limited = await patch()

    expect(limited.status).toBe(429)
    expect(limited.body).toMatchObject({ status: 'error', errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING' })
    expect(limited.body.message).toContain('ten_secondly_rolling')
    expect(limited.body.correlationId).toMatch(UUID)
    expect(limited.body.groupName).toContain(String(portal.sandbox.portalId))
    expect(portal.sandbox.stats.rateLimited).toBe(1)
  })

  it('sends the rate-limit headers and frees the window after ten seconds', async () => {
    const clock = fakeClock()
    const portal = await testPortal({ seed: 'empty', now: clock.now,
      requestsPerTenSeconds: 3 })

    const replies = []
    for (let i = 0; i < 4; i += 1) replies.push(await portal.call('GET', '/crm/v3/owners'))
    clock.advance(10_001)
    const later = await portal.call('GET', '/crm/v3/owners')

    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429])
    expect(replies[0]?.headers['x-hubspot-ratelimit-interval-milliseconds']).toBe('10000')
    expect(replies[0]?.headers['x-hubspot-ratelimit-max']).toBe('3')
    expect(replies.map((reply) => reply.headers['x-hubspot-ratelimit-remaining']))
      .toEqual(['2', '1', '0', '0'])
    expect(later.status).toBe(200)
  })

  it('counts per portal and app, so two tokens of one app share a window (item 9)',
    async () => {
      const clock = fakeClock()
      const portal = await testPortal({ seed: 'empty', now: clock.now,
        requestsPerTenSeconds: 4 })
      const worker2 = portal.sandbox.createPrivateAppToken()

      const statuses = []
      for (let i = 0; i < 3; i += 1) {
        statuses.push((await portal.call('GET', '/crm/v3/owners')).status)
        statuses.push((await portal.call('GET', '/crm/v3/owners', undefined, worker2)).status)
      }

      expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
      expect(portal.sandbox.stats.rateLimited).toBe(2)
    })

  it('limits search on its own per-second counter with a secondly message (item 5)',
    async () => {
      const clock = fakeClock()
      const portal = await testPortal({ seed: 'empty', now: clock.now, searchPerSecond: 5,
        requestsPerTenSeconds: 1000 })
      const search = () => portal.call('POST', '/crm/v3/objects/contacts/search', { limit: 100 })

      const statuses = []
      for (let i = 0; i < 30; i += 1) statuses.push((await search()).status)
      const limited = await search()
      const plainRead = await portal.call('GET', '/crm/v3/objects/contacts')
      clock.advance(1000)
      const nextSecond = await search()

      expect(statuses.filter((status) => status === 200)).toHaveLength(5)
      expect(statuses.filter((status) => status === 429)).toHaveLength(25)
      expect(limited.body.message).toContain('secondly limit')
      expect(limited.body.errorType).toBe('RATE_LIMIT')
      expect(limited.headers['x-hubspot-ratelimit-max']).toBeUndefined()
      expect(plainRead.status).toBe(200)
      expect(nextSecond.status).toBe(200)
    })
})
