import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../../../../server/sandbox/index.ts'
import { json } from '../helpers.ts'

const APP = { clientId: 'app-u', clientSecret: 'secret-u',
  redirectUris: ['http://127.0.0.1:3000/oauth/callback'] }
const OTHER_APP = { clientId: 'app-v', clientSecret: 'secret-v',
  redirectUris: ['http://127.0.0.1:3000/oauth/callback'] }
const REDIRECT = APP.redirectUris[0] as string
const UNINSTALL = '/appinstalls/2026-03/external-install'

describe('DELETE /appinstalls/2026-03/external-install', () => {
  let sandbox: Sandbox
  let baseUrl: string

  /** Installs an app through the code flow and returns its tokens. */
  const install = async (app = APP, scope = 'oauth crm.objects.contacts.read') => {
    const url = new URL(`${baseUrl}/oauth/authorize`)
    url.search = new URLSearchParams({ client_id: app.clientId, redirect_uri: REDIRECT, scope,
      state: 's' }).toString()
    const consent = await fetch(url, { redirect: 'manual' })
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? ''
    const reply = await token({ grant_type: 'authorization_code', client_id: app.clientId,
      client_secret: app.clientSecret, redirect_uri: REDIRECT, code })

    return reply.body as { access_token: string; refresh_token: string }
  }
  const token = async (form: Record<string, string>) => {
    const reply = await fetch(`${baseUrl}/oauth/2026-03/token`, { method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form) })

    return { status: reply.status, body: await json(reply) }
  }
  const refresh = (refreshToken: string, app = APP) => token({ grant_type: 'refresh_token',
    client_id: app.clientId, client_secret: app.clientSecret, refresh_token: refreshToken })
  const uninstall = (accessToken?: string) => fetch(`${baseUrl}${UNINSTALL}`, {
    method: 'DELETE',
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  })
  const readContacts = (accessToken: string) => fetch(
    `${baseUrl}/crm/v3/objects/contacts?limit=1`,
    { headers: { authorization: `Bearer ${accessToken}` } })

  beforeEach(async () => {
    sandbox = await createSandbox({ seed: 'empty' })
    sandbox.registerApp(APP)
    sandbox.registerApp(OTHER_APP)
    baseUrl = await sandbox.listen(0)
  })
  afterEach(() => sandbox.close())

  it('answers 204 and makes the app refresh tokens fail with BAD_REFRESH_TOKEN', async () => {
    const tokens = await install()
    expect((await refresh(tokens.refresh_token)).status).toBe(200)

    const reply = await uninstall(tokens.access_token)

    expect(reply.status).toBe(204)
    expect(await reply.text()).toBe('')
    const after = await refresh(tokens.refresh_token)
    expect(after.status).toBe(400)
    expect(after.body).toMatchObject({ status: 'BAD_REFRESH_TOKEN', error: 'invalid_grant' })
    expect((await readContacts(tokens.access_token)).status).toBe(401)
  })

  it('leaves the tokens of other apps working', async () => {
    const mine = await install()
    const theirs = await install(OTHER_APP)

    expect((await uninstall(mine.access_token)).status).toBe(204)

    expect((await refresh(theirs.refresh_token, OTHER_APP)).status).toBe(200)
    expect((await readContacts(theirs.access_token)).status).toBe(200)
  })

  it('lets the app install again with fresh tokens', async () => {
    const first = await install()
    await uninstall(first.access_token)

    const second = await install()

    expect((await refresh(second.refresh_token)).status).toBe(200)
    expect((await refresh(first.refresh_token)).status).toBe(400)
  })

  it('needs a bearer token holding the oauth scope', async () => {
    const narrow = await install(APP, 'crm.objects.contacts.read')

    expect((await uninstall()).status).toBe(401)
    const forbidden = await uninstall(narrow.access_token)
    expect(forbidden.status).toBe(403)
    expect(await json(forbidden)).toMatchObject({ category: 'MISSING_SCOPES' })
    expect((await refresh(narrow.refresh_token)).status).toBe(200)
  })

  it('refuses a private app token, which has no install to remove', async () => {
    const reply = await uninstall(sandbox.createPrivateAppToken())

    expect(reply.status).toBe(400)
    expect(await json(reply)).toMatchObject({ category: 'VALIDATION_ERROR' })
  })
})
