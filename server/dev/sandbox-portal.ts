import { randomBytes } from 'node:crypto'

import { scopesOf } from '../../shared/scopes.ts'
import { authorizeUrl } from '../hubspot/authorize-url.ts'
import type { CallLogger } from '../hubspot/logger.ts'
import { createOAuthClient, type TokenSet } from '../hubspot/oauth-client.ts'
import { createSandbox, type Sandbox, type SandboxOptions } from '../sandbox/index.ts'

/** A scan asks for what an install asks for: the canonical required scopes. */
export const SCAN_SCOPES = scopesOf('required')

export interface SandboxPortal {
  readonly sandbox: Sandbox
  readonly baseUrl: string
  readonly clientId: string
  readonly clientSecret: string
  readonly tokens: TokenSet
}

/**
 * Dev defaults only: starts the local sandbox portal on a loopback port and connects it
 * through the real OAuth code flow. The sandbox approves the consent step itself, where a
 * real install has a person click "Connect app" in a browser. Production code paths never
 * import this module.
 */
export async function startSandboxPortal(options: {
  readonly logger: CallLogger
  readonly sandbox?: SandboxOptions
  readonly timeoutMs?: number
}): Promise<SandboxPortal> {
  const sandbox = await createSandbox(options.sandbox)
  try {
    const baseUrl = await sandbox.listen(0)
    const clientId = `portalpilot-dev-${randomBytes(4).toString('hex')}`
    const clientSecret = randomBytes(24).toString('base64url')
    const redirectUri = 'http://127.0.0.1/oauth/callback'
    sandbox.registerApp({ clientId, clientSecret, redirectUris: [redirectUri] })

    const state = randomBytes(16).toString('base64url')
    const consent = await fetch(
      authorizeUrl({ authBaseUrl: baseUrl, clientId, redirectUri, scopes: SCAN_SCOPES, state }),
      { redirect: 'manual' },
    )
    const location = new URL(consent.headers.get('location') ?? '', redirectUri)
    const code = location.searchParams.get('code')
    if (consent.status !== 302 || !code || location.searchParams.get('state') !== state) {
      throw new Error(`the sandbox did not approve the install (${consent.status})`)
    }
    const oauth = createOAuthClient({
      baseUrl,
      clientId,
      clientSecret,
      logger: options.logger,
      timeoutMs: options.timeoutMs ?? 10_000,
    })
    const tokens = await oauth.exchangeCode(code, redirectUri)

    return { sandbox, baseUrl, clientId, clientSecret, tokens }
  } catch (error) {
    await sandbox.close()
    throw error
  }
}
