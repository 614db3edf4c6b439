import { createServer } from 'node:net'
import type { Writable } from 'node:stream'

import type { DatabaseHandle } from '../../server/db/connect.ts'
import { installThroughOAuth } from '../../server/dev/connect-and-scan.ts'
import { createLogger } from '../../server/logger.ts'
import { createSandbox, type Sandbox } from '../../server/sandbox/index.ts'
import { signV3 } from '../../server/security/signature-v3.ts'
import { createService, type Service } from '../../server/service.ts'
import { testConfig } from './config.ts'
import { createTestDatabase } from './database.ts'

/** A loopback port free right now (the service must know its public URL before it listens). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))

  return typeof address === 'object' && address ? address.port : 0
}

/** The installing user the sandbox signs card requests for. */
export const SANDBOX_USER_ID = 9_100_001

export interface ServiceOnSandbox {
  readonly sandbox: Sandbox
  readonly database: DatabaseHandle
  readonly service: Service
  readonly base: string
  readonly sandboxUrl: string
  readonly portalId: number
  readonly clientSecret: string
  /** A request signed the way hubspot.fetch signs it, for the sandbox portal. */
  card<T>(method: 'GET' | 'POST', path: string, body?: unknown)
    : Promise<{ status: number; body: T }>
  close(): Promise<void>
}

/**
 * The whole service on a test database and a random loopback port, wired to a fresh
 * sandbox portal, as `npm start` wires it. With `install`, the app is installed through
 * the OAuth flow and its first scan has finished.
 */
export async function startServiceOnSandbox(options: {
  readonly clientId: string
  readonly clientSecret: string
  readonly install?: boolean
  readonly logStream?: Writable
  readonly env?: Record<string, string>
}): Promise<ServiceOnSandbox> {
  const { clientId, clientSecret } = options
  const sandbox = await createSandbox()
  const sandboxUrl = await sandbox.listen(0)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const config = testConfig({ PORT: String(port), PUBLIC_BASE_URL: base, ...options.env })
  sandbox.registerApp({ clientId, clientSecret, redirectUris: [`${base}/oauth/callback`] })
  const database = await createTestDatabase()
  const logger = options.logStream
    ? createLogger(config, options.logStream)
    : createLogger({ logLevel: 'silent' })
  const service = await createService(config, database, logger,
    { apiBaseUrl: sandboxUrl, authBaseUrl: sandboxUrl, clientId, clientSecret })
  await service.app.listen({ host: '127.0.0.1', port })
  const portalId = sandbox.portalId
  if (options.install) {
    await installThroughOAuth(base)
    await service.scans.idle()
  }

  return {
    sandbox, database, service, base, sandboxUrl, portalId, clientSecret,
    async card<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      const url = new URL(path, base)
      url.searchParams.append('portalId', String(portalId))
      url.searchParams.append('userId', String(SANDBOX_USER_ID))
      const rawBody = body === undefined ? '' : JSON.stringify(body)
      const timestamp = String(Date.now())
      const response = await fetch(url, { method, body: rawBody || undefined, headers: {
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3': signV3({ method, uri: url.href, rawBody, timestamp,
          clientSecret }),
        ...(rawBody && { 'content-type': 'application/json' }),
      } })

      return { status: response.status, body: (await response.json()) as T }
    },
    async close() {
      await service.close()
      await sandbox.close()
      await database.close()
    },
  }
}
