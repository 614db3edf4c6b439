import { Writable } from 'node:stream'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { latestScan } from '../../../server/db/scans.repository.ts'
import { createLogger } from '../../../server/logger.ts'
import { createSandbox, type Sandbox } from '../../../server/sandbox/index.ts'
import { signV3 } from '../../../server/security/signature-v3.ts'
import { createService, type Service } from '../../../server/service.ts'
import { createTokenCipher } from '../../../server/security/token-cipher.ts'
import { TEST_SECRETS, testConfig } from '../../support/config.ts'
import { createTestDatabase } from '../../support/database.ts'
import { freePort } from '../../support/service-harness.ts'

/** Follows one redirect by hand and returns where it points. */
async function redirectOf(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' })
  expect(response.status).toBe(302)

  return response.headers.get('location') ?? ''
}

/**
 * What a browser does from our install or login link to our callback: keeps the state
 * cookie the link sets, passes HubSpot's consent step, lands on the callback URL.
 */
async function oauthFlow(start: string): Promise<{ callback: string; cookie: string }> {
  const first = await fetch(start, { redirect: 'manual' })
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const callback = await redirectOf(first.headers.get('location') ?? '')

  return { callback, cookie }
}

describe('install, scan, card and disconnect against the sandbox', () => {
  const lines: string[] = []
  const secrets: string[] = []
  const clientSecret = 'e2e-client-secret-not-used-anywhere-else'
  let sandbox: Sandbox
  let database: DatabaseHandle
  let service: Service
  let base: string
  let portalId: number
  let sessionToken = ''

  beforeAll(async () => {
    sandbox = await createSandbox()
    const sandboxUrl = await sandbox.listen(0)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const config = testConfig({ PORT: String(port), PUBLIC_BASE_URL: base, LOG_LEVEL: 'trace' })
    sandbox.registerApp({ clientId: 'e2e-app', clientSecret,
      redirectUris: [`${base}/oauth/callback`] })
    database = await createTestDatabase()
    const logs = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    service = await createService(config, database, createLogger(config, logs), {
      apiBaseUrl: sandboxUrl, authBaseUrl: sandboxUrl, clientId: 'e2e-app', clientSecret,
    })
    await service.app.listen({ host: '127.0.0.1', port })
    portalId = sandbox.portalId
    secrets.push(clientSecret, TEST_SECRETS.SESSION_SECRET, 'test-only-master-key')
  })
  afterAll(async () => {
    await service.close()
    await sandbox.close()
    await database.close()
  })

  it('installs through the callback and stores the tokens encrypted', async () => {
    const { callback, cookie } = await oauthFlow(`${base}/oauth/install`)
    const code = new URL(callback).searchParams.get('code') ?? ''
    secrets.push(code)

    const page = await fetch(callback, { headers: { cookie } })

    expect(page.status).toBe(200)
    expect(await page.text()).toContain(`connected to HubSpot portal ${portalId}`)
    const accessToken = await service.tokens.accessTokenSource(portalId).current()
    const rows = await database.admin.selectFrom('oauth_tokens').selectAll().execute()
    expect(rows).toHaveLength(1)
    const stored = JSON.stringify(rows[0])
    expect(stored).not.toContain(accessToken)
    const refreshToken = await createTokenCipher(testConfig().security.tokenKeys)
      .decrypt(String(rows[0]?.refresh_token))
    secrets.push(accessToken, refreshToken)
    expect(stored).not.toContain(refreshToken)
  })

  it('refuses the same callback a second time', async () => {
    const { callback, cookie } = await oauthFlow(`${base}/oauth/install`)
    expect((await fetch(callback, { headers: { cookie } })).status).toBe(200)

    const replay = await fetch(callback, { headers: { cookie } })

    expect(replay.status).toBe(400)
    expect(await replay.text()).toContain('already used')
  })

  it('refuses a callback in a browser that did not start the flow (login CSRF)', async () => {
    const { callback } = await oauthFlow(`${base}/oauth/login`)

    const elsewhere = await fetch(callback)

    expect(elsewhere.status).toBe(400)
  })

  it('runs the first scan it queued', async () => {
    await service.scans.idle()

    const scan = await latestScan(database.db, portalId)

    expect(scan?.status).toBe('finished')
    expect(scan?.score).toBeGreaterThan(0)
  })

  it('answers a signed card request with the portal health', async () => {
    const url = `${base}/card/portal-health?portalId=${portalId}&userId=9100001`
    const timestamp = String(Date.now())
    const signature = signV3({ method: 'GET', uri: url, rawBody: '', timestamp, clientSecret })
    secrets.push(signature)

    const signed = await fetch(url, { headers: { 'x-hubspot-signature-v3': signature,
      'x-hubspot-request-timestamp': timestamp } })
    const unsigned = await fetch(url)

    expect(signed.status).toBe(200)
    const body = (await signed.json()) as { score: number | null }
    expect(body).toMatchObject({ portalId, status: 'finished' })
    expect(body.score).toBe((await latestScan(database.db, portalId))?.score)
    expect(unsigned.status).toBe(401)
  })

  it('signs a user in, serves the API, and disconnects the portal', async () => {
    const login = await oauthFlow(`${base}/oauth/login`)
    const page = await (await fetch(login.callback, { headers: { cookie: login.cookie } }))
      .text()
    const session = page.match(/<p>(ey[\w-]+\.[\w-]+\.[\w-]+)<\/p>/)?.[1] ?? ''
    secrets.push(session)
    sessionToken = session
    const auth = { authorization: `Bearer ${session}` }
    const rows = await database.admin.selectFrom('oauth_tokens').selectAll().execute()
    const refreshToken = await createTokenCipher(testConfig().security.tokenKeys)
      .decrypt(String(rows[0]?.refresh_token))

    const report = await fetch(`${base}/api/portals/${portalId}/report`, { headers: auth })
    const disconnect = await fetch(`${base}/api/portals/${portalId}/disconnect`,
      { method: 'POST', headers: auth })

    expect(report.status).toBe(200)
    expect(disconnect.status).toBe(204)
    expect(await database.admin.selectFrom('oauth_tokens').selectAll().execute()).toEqual([])
    // The revoke reached HubSpot: the refresh token no longer buys an access token.
    const grant = await fetch(`${(await sandboxUrlOf(sandbox))}/oauth/2026-03/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken,
        client_id: 'e2e-app', client_secret: clientSecret }),
    })
    expect(grant.status).toBe(400)
  })

  it('disconnects again without error once the grant is gone', async () => {
    const again = await fetch(`${base}/api/portals/${portalId}/disconnect`,
      { method: 'POST', headers: { authorization: `Bearer ${sessionToken}` } })

    expect(again.status).toBe(204)
  })

  it('leaves an audit trail of the install, scan, reads, refusals and disconnect', async () => {
    const entries = await database.admin.selectFrom('audit_log')
      .select(['portal_id', 'action', 'outcome']).execute()
    const seen = new Set(entries.map((e) => `${e.action}:${e.outcome}`))

    for (const expected of ['auth.install:success', 'auth.install:denied', 'data.scan:success',
      'data.read:success', 'auth.signature:denied', 'auth.login:success',
      'auth.disconnect:success']) {
      expect(seen).toContain(expected)
    }
    const trail = JSON.stringify(await database.admin.selectFrom('audit_log').selectAll()
      .execute())
    for (const secret of secrets) expect(trail).not.toContain(secret)
  })

  it('writes no token, code, signature, secret or email to the logs', () => {
    const log = lines.join('')

    expect(lines.length).toBeGreaterThan(50)
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8)
      expect(log).not.toContain(secret)
    }
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/)
  })
})

async function sandboxUrlOf(sandbox: Sandbox): Promise<string> {
  const address = sandbox.server.server.address()

  return typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''
}
