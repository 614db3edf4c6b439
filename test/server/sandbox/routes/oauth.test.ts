import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../../../../server/sandbox/index.ts'
import { type FakeClock, fakeClock, json } from '../helpers.ts'

const APP_A = { clientId: 'app-a', clientSecret: 'secret-a',
  redirectUris: ['http://127.0.0.1:3000/oauth/callback'] }
const APP_B = { clientId: 'app-b', clientSecret: 'secret-b',
  redirectUris: ['http://127.0.0.1:4000/cb'] }
const REDIRECT = APP_A.redirectUris[0] as string

describe('OAuth over HTTP', () => {
  let sandbox: Sandbox
  let baseUrl: string
  let clock: FakeClock

  const authorize = async (query: Record<string, string>) => {
    const url = new URL(`${baseUrl}/oauth/authorize`)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)

    return fetch(url, { redirect: 'manual' })
  }
  const codeFor = async (extra: Record<string, string> = {}) => {
    const reply = await authorize({ client_id: APP_A.clientId, redirect_uri: REDIRECT,
      scope: 'oauth crm.objects.contacts.read', state: 'st-1', ...extra })

    return new URL(reply.headers.get('location') ?? '').searchParams.get('code') ?? ''
  }
  const token = async (form: Record<string, string>, version = '2026-03') => {
    const reply = await fetch(`${baseUrl}/oauth/${version}/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    })

    return { status: reply.status, body: await json(reply) }
  }
  const exchange = (code: string, app = APP_A) => token({ grant_type: 'authorization_code',
    client_id: app.clientId, client_secret: app.clientSecret, redirect_uri: REDIRECT, code })
  const refresh = (refreshToken: string, app = APP_A, version = '2026-03') =>
    token({ grant_type: 'refresh_token', client_id: app.clientId,
      client_secret: app.clientSecret, refresh_token: refreshToken }, version)
  const api = (accessToken: string) => fetch(`${baseUrl}/crm/v3/objects/contacts?limit=1`,
    { headers: { authorization: `Bearer ${accessToken}` } })
  const form = (path: string, fields: Record<string, string>) => fetch(`${baseUrl}${path}`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })

  beforeAll(async () => {
    clock = fakeClock()
    sandbox = await createSandbox({ seed: 'empty', now: clock.now })
    sandbox.registerApp(APP_A)
    sandbox.registerApp(APP_B)
    baseUrl = await sandbox.listen(0)
  })
  afterAll(() => sandbox.close())

  it('approves at once and redirects with a code and the state', async () => {
    const reply = await authorize({ client_id: APP_A.clientId, redirect_uri: REDIRECT,
      scope: 'oauth', state: 'xyz' })

    expect(reply.status).toBe(302)
    const location = new URL(reply.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT)
    expect(location.searchParams.get('state')).toBe('xyz')
    expect(location.searchParams.get('code')).toMatch(/\S{20,}/)
  })

  it('redirects with access_denied when the consent is refused', async () => {
    const reply = await authorize({ client_id: APP_A.clientId, redirect_uri: REDIRECT,
      scope: 'oauth', state: 's2', sandbox_consent: 'deny' })

    const location = new URL(reply.headers.get('location') ?? '')
    expect(location.searchParams.get('error')).toBe('access_denied')
    expect(location.searchParams.get('state')).toBe('s2')
    expect(location.searchParams.has('code')).toBe(false)
  })

  it('answers 400 for an unknown client or an unregistered redirect URI', async () => {
    const unknown = await authorize({ client_id: 'nobody', redirect_uri: REDIRECT,
      scope: 'oauth' })
    const badRedirect = await authorize({ client_id: APP_A.clientId,
      redirect_uri: 'http://127.0.0.1:9/evil', scope: 'oauth' })

    expect(unknown.status).toBe(400)
    expect(unknown.headers.get('content-type')).toContain('text/html')
    expect(badRedirect.status).toBe(400)
    expect(badRedirect.headers.get('location')).toBeNull()
  })

  it('exchanges a code for tokens that open the API, and counts the grant', async () => {
    const grants = sandbox.stats.tokenGrants
    const { status, body } = await exchange(await codeFor())

    expect(status).toBe(200)
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 1800,
      hub_id: sandbox.portalId, scopes: ['oauth', 'crm.objects.contacts.read'] })
    expect(typeof body.user_id).toBe('number')
    expect((await api(body.access_token)).status).toBe(200)
    expect(sandbox.stats.tokenGrants).toBe(grants + 1)
  })

  it('takes a code once only', async () => {
    const code = await codeFor()
    await exchange(code)

    const again = await exchange(code)

    expect(again.status).toBe(400)
    expect(again.body).toMatchObject({ status: 'BAD_AUTH_CODE', error: 'invalid_grant' })
    expect(again.body.error_description).toBe(again.body.message)
  })

  it('refuses a code older than ten minutes', async () => {
    const code = await codeFor()
    clock.advance(10 * 60 * 1000)

    const late = await exchange(code)

    expect(late.status).toBe(400)
    expect(late.body).toMatchObject({ status: 'EXPIRED_AUTH_CODE', error: 'invalid_grant' })
  })

  it('refuses a wrong client secret and a code issued to another app', async () => {
    const code = await codeFor()

    const badSecret = await token({ grant_type: 'authorization_code', client_id: APP_A.clientId,
      client_secret: 'wrong', redirect_uri: REDIRECT, code })
    const otherApp = await exchange(code, APP_B)

    expect(badSecret.body).toMatchObject({ status: 'BAD_CLIENT_SECRET', error: 'invalid_client' })
    expect(otherApp.body).toMatchObject({ status: 'BAD_AUTH_CODE' })
  })

  it('refreshes into a new access token and counts the refresh', async () => {
    const first = (await exchange(await codeFor())).body
    const refreshes = sandbox.stats.refreshGrants

    const { status, body } = await refresh(first.refresh_token)

    expect(status).toBe(200)
    expect(body.access_token).not.toBe(first.access_token)
    expect(body.refresh_token).toBe(first.refresh_token)
    expect(sandbox.stats.refreshGrants).toBe(refreshes + 1)
  })

  it('answers BAD_REFRESH_TOKEN to another app presenting the refresh token (item 11)',
    async () => {
      const first = (await exchange(await codeFor())).body

      const dated = await refresh(first.refresh_token, APP_B)
      const legacy = await refresh(first.refresh_token, APP_B, 'v1')

      expect(dated.status).toBe(400)
      expect(dated.body).toMatchObject({ status: 'BAD_REFRESH_TOKEN', error: 'invalid_grant' })
      expect(dated.body.message).toContain('not issued to this client')
      expect(legacy.status).toBe(400)
      expect(legacy.body.status).toBe('BAD_REFRESH_TOKEN')
      expect(legacy.body.error).toBeUndefined()
    })

  it('revokes the refresh token but lets its access tokens live until expiry', async () => {
    const first = (await exchange(await codeFor())).body

    const revoke = await form('/oauth/2026-03/token/revoke', { client_id: APP_A.clientId,
      client_secret: APP_A.clientSecret, token: first.refresh_token,
      token_type_hint: 'refresh_token' })

    expect(revoke.status).toBe(200)
    expect((await refresh(first.refresh_token)).body.status).toBe('BAD_REFRESH_TOKEN')
    expect((await api(first.access_token)).status).toBe(200)
    clock.advance(1800 * 1000)
    expect((await api(first.access_token)).status).toBe(401)
  })

  it('introspects with token_type_hint and with the field named after the hint', async () => {
    const first = (await exchange(await codeFor())).body
    clock.advance(60_000)

    const hinted = await form('/oauth/2026-03/token/introspect', { client_id: APP_A.clientId,
      client_secret: APP_A.clientSecret, token: first.access_token,
      token_type_hint: 'access_token' })
    const named = await form('/oauth/2026-03/token/introspect', { client_id: APP_A.clientId,
      client_secret: APP_A.clientSecret, refresh_token: first.refresh_token })
    const unknown = await form('/oauth/2026-03/token/introspect', { client_id: APP_A.clientId,
      client_secret: APP_A.clientSecret, token: 'nope' })

    const access = await json(hinted)
    expect(access).toMatchObject({ active: true, hub_id: sandbox.portalId,
      scopes: ['oauth', 'crm.objects.contacts.read'], token_type: 'access_token' })
    // Issued 1,800 s ago minus the 60 s that passed.
    expect(access.expires_in).toBe(1740)
    expect(typeof access.app_id).toBe('number')
    expect((await json(named)).active).toBe(true)
    expect(await json(unknown)).toEqual({ active: false })
  })
})
