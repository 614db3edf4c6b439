import { randomBytes } from 'node:crypto'

import type { Config } from '../config.ts'
import { createFetchProxy, createSandbox, type Sandbox } from '../sandbox/index.ts'
import type { HubSpotApp } from '../service.ts'

export interface DevSandbox {
  readonly sandbox: Sandbox
  readonly hubspot: HubSpotApp
}

/**
 * Dev defaults only: the sandbox portal on a loopback port, with an app registered whose
 * redirect URL is this service's own callback, as a HubSpot developer would set it up.
 */
export async function startDevSandbox(config: Config): Promise<DevSandbox> {
  const sandbox = await createSandbox()
  const baseUrl = await sandbox.listen(0)
  const clientId = `portalpilot-dev-${randomBytes(4).toString('hex')}`
  const clientSecret = randomBytes(24).toString('base64url')
  sandbox.registerApp({ clientId, clientSecret,
    redirectUris: [`${config.publicBaseUrl}/oauth/callback`] })

  return { sandbox, hubspot: { apiBaseUrl: baseUrl, authBaseUrl: baseUrl, clientId,
    clientSecret } }
}

/**
 * Installs the app into the sandbox portal the way a person does, minus the browser: open
 * our install link, let the sandbox approve the consent step, follow HubSpot's redirect to
 * our callback. Everything on our side is the production install path.
 */
export async function installThroughOAuth(publicBaseUrl: string): Promise<void> {
  const install = await fetch(`${publicBaseUrl}/oauth/install`, { redirect: 'manual' })
  // The browser keeps the state cookie our install link sets, and sends it back.
  const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const consentUrl = install.headers.get('location')
  if (install.status !== 302 || !consentUrl) {
    throw new Error(`the install link answered ${install.status}`)
  }
  const consent = await fetch(consentUrl, { redirect: 'manual' })
  const callbackUrl = consent.headers.get('location')
  if (consent.status !== 302 || !callbackUrl) {
    throw new Error(`the sandbox consent step answered ${consent.status}`)
  }
  const callback = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie } })
  if (callback.status !== 200) {
    throw new Error(`the install callback answered ${callback.status}`)
  }
}

/**
 * Asks for the portal's health card the way HubSpot's `hubspot.fetch` proxy does: signed
 * with the app's client secret, portal and user appended by the proxy.
 */
export async function requestHealthCard(
  publicBaseUrl: string,
  clientSecret: string,
  portalId: number,
): Promise<{ status: number; body: { score?: number | null; status?: string } }> {
  const proxy = createFetchProxy({ clientSecret, targetOrigin: publicBaseUrl })
  const response = await proxy.fetch(`${publicBaseUrl}/card/portal-health`, { portalId })

  return { status: response.status, body: (await response.json()) as { score?: number } }
}
