import { randomBytes } from 'node:crypto'

import type { Kysely } from 'kysely'

import type { Database } from '../../../server/db/database.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { SCAN_SCOPES, startSandboxPortal } from '../../../server/dev/sandbox-portal.ts'
import { authorizeUrl } from '../../../server/hubspot/authorize-url.ts'
import { silentLogger } from '../../../server/hubspot/logger.ts'
import { createOAuthClient } from '../../../server/hubspot/oauth-client.ts'
import type { OAuthClient, TokenSet } from '../../../server/hubspot/oauth-client.ts'
import { paths } from '../../../server/hubspot/paths.ts'
import type { SandboxOptions } from '../../../server/sandbox/index.ts'
import { createTokenCipher } from '../../../server/security/token-cipher.ts'
import { createPortalDetails } from '../db/fixtures.ts'

/** Test-only master keys. */
export const KEY_A = { id: 'key-a', secret: 'key-a-test-only-secret-0123456789ab' }
export const KEY_B = { id: 'key-b', secret: 'key-b-test-only-secret-ba9876543210' }

export const cipherA = () => createTokenCipher([KEY_A])
/** The configuration after a rotation is announced: B is current, A still opens. */
export const cipherBA = () => createTokenCipher([KEY_B, KEY_A])

const REDIRECT_URI = 'http://127.0.0.1/oauth/callback'

/**
 * The sandbox portal on a loopback port with our OAuth client, able to hand out any number
 * of separate grants through the real code flow (one per portal row of a test).
 */
export async function startTokenSandbox(sandbox: SandboxOptions = {}) {
  const portal = await startSandboxPortal({ logger: silentLogger,
    sandbox: { seed: 'empty', ...sandbox } })
  const oauth = createOAuthClient({ baseUrl: portal.baseUrl, clientId: portal.clientId,
    clientSecret: portal.clientSecret, logger: silentLogger, timeoutMs: 10_000 })

  const grant = async (): Promise<TokenSet> => {
    const state = randomBytes(8).toString('hex')
    const consent = await fetch(authorizeUrl({ authBaseUrl: portal.baseUrl,
      clientId: portal.clientId, redirectUri: REDIRECT_URI, scopes: SCAN_SCOPES, state }),
    { redirect: 'manual' })
    const code = new URL(consent.headers.get('location') ?? '', REDIRECT_URI)
      .searchParams.get('code')
    if (!code) throw new Error(`the sandbox gave no code (${consent.status})`)

    return oauth.exchangeCode(code, REDIRECT_URI)
  }
  /** Whether the sandbox accepts `accessToken` on an API call right now. */
  const works = async (accessToken: string) => {
    const response = await fetch(portal.baseUrl + paths.accountDetails(),
      { headers: { authorization: `Bearer ${accessToken}` } })
    await response.body?.cancel()

    return response.status === 200
  }

  return { ...portal, stats: portal.sandbox.stats, oauth, grant, works,
    close: () => portal.sandbox.close() }
}

export type TokenSandbox = Awaited<ReturnType<typeof startTokenSandbox>>

/** A grant our service must see as expired (HubSpot's copy still works). */
export const expired = (tokens: TokenSet, nowMs = Date.now()): TokenSet =>
  ({ ...tokens, expiresAtMs: nowMs - 1_000 })

export async function createPortals(db: Kysely<Database>, ...portalIds: number[]) {
  for (const portalId of portalIds) await upsertPortal(db, createPortalDetails({ portalId }))
}

/** An OAuth client counting the calls that reach the wrapped one. */
export function countingOAuth(inner: OAuthClient) {
  const calls = { refresh: 0, revoke: 0 }
  const oauth: OAuthClient = {
    exchangeCode: (code, redirectUri) => inner.exchangeCode(code, redirectUri),
    refresh: (token) => {
      calls.refresh++

      return inner.refresh(token)
    },
    revoke: (token) => {
      calls.revoke++

      return inner.revoke(token)
    },
  }

  return { oauth, calls }
}
