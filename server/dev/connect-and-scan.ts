import type { Kysely } from 'kysely'
import type { Logger } from 'pino'

import { formatReport } from '../cli/format-report.ts'
import { createProgressBar } from '../cli/progress-bar.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { upsertPortal } from '../db/portals.repository.ts'
import { refreshingAccessToken } from '../hubspot/access-token.ts'
import { createOAuthClient } from '../hubspot/oauth-client.ts'
import { createPortalBudgets, createPortalGateway } from '../hubspot/portal-gateway.ts'
import { scanAndStore } from '../scans/scan-and-store.ts'
import { loadDisposableDomains } from '../scoring/disposable-domains.ts'
import { startSandboxPortal } from './sandbox-portal.ts'

/**
 * The first run of `npm start` on embedded defaults: the sandbox portal is connected, scanned
 * with a progress bar, and its score table printed.
 */
export async function connectAndScanSandbox(
  db: Kysely<Database>,
  config: Config,
  logger: Logger,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const timeoutMs = config.hubspot.requestTimeoutMs
  process.stdout.write('Starting the local HubSpot sandbox portal...\n')
  const portal = await startSandboxPortal({ logger, timeoutMs })
  const portalId = portal.sandbox.portalId
  process.stdout.write(`Connected sandbox portal ${portalId} through OAuth\n`)

  const oauth = createOAuthClient({ baseUrl: portal.baseUrl, clientId: portal.clientId,
    clientSecret: portal.clientSecret, logger, timeoutMs })
  const gateway = createPortalGateway({
    baseUrl: portal.baseUrl,
    portalId,
    // TODO(#3): keep the tokens encrypted in the database instead of in memory.
    tokens: refreshingAccessToken({ tokens: portal.tokens, oauth }),
    logger,
    timeoutMs,
    budget: createPortalBudgets(config.hubspot.requestsPerTenSeconds).forPortal(String(portalId)),
  })
  // Installing creates the portal row; the scan's rows hang off it.
  await upsertPortal(db, await gateway.accountDetails())
  const bar = createProgressBar(process.stdout)
  try {
    const { outcome } = await scanAndStore(
      db,
      portalId,
      { gateway, disposableDomains: await loadDisposableDomains(), now: () => new Date(),
        random: Math.random },
      { kind: 'sample', sampleSize: config.scan.sampleSize,
        defaultCountry: config.scan.defaultCountry, onProgress: bar.update },
    )
    bar.stop()
    process.stdout.write(`\n${formatReport(outcome.report, portalId)}\n\n`)
  } catch (error) {
    bar.stop()
    await portal.sandbox.close()
    throw error
  }

  return { baseUrl: portal.baseUrl, close: () => portal.sandbox.close() }
}
