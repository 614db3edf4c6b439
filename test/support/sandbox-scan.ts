import { silentLogger } from '../../server/hubspot/logger.ts'
import { refreshingAccessToken } from '../../server/hubspot/access-token.ts'
import { createOAuthClient } from '../../server/hubspot/oauth-client.ts'
import { createPortalBudgets, createPortalGateway } from '../../server/hubspot/portal-gateway.ts'
import { startSandboxPortal } from '../../server/dev/sandbox-portal.ts'
import type { SandboxOptions } from '../../server/sandbox/index.ts'
import { loadDisposableDomains } from '../../server/scoring/disposable-domains.ts'
import type { ScanDeps } from '../../server/scans/run-scan.ts'
import { seededRandom } from './fake-clock.ts'

/**
 * The sandbox portal on a random loopback port, connected through the OAuth code flow, with
 * a gateway and scan dependencies ready: the same wiring `npm start` uses.
 */
export async function connectSandbox(options: {
  readonly sandbox?: SandboxOptions
  readonly requestsPerTenSeconds?: number
} = {}) {
  const portal = await startSandboxPortal({ logger: silentLogger, sandbox: options.sandbox })
  const oauth = createOAuthClient({ baseUrl: portal.baseUrl, clientId: portal.clientId,
    clientSecret: portal.clientSecret, logger: silentLogger, timeoutMs: 10_000 })
  const budgets = createPortalBudgets(options.requestsPerTenSeconds ?? 105)
  const gateway = createPortalGateway({
    baseUrl: portal.baseUrl,
    portalId: portal.sandbox.portalId,
    tokens: refreshingAccessToken({ tokens: portal.tokens, oauth }),
    logger: silentLogger,
    timeoutMs: 10_000,
    budget: budgets.forPortal(String(portal.sandbox.portalId)),
  })
  const deps: ScanDeps = {
    gateway,
    disposableDomains: await loadDisposableDomains(),
    now: () => new Date(),
    random: seededRandom(42),
  }

  return { ...portal, gateway, deps, close: () => portal.sandbox.close() }
}

/** Chicago company id -> its ground-truth cluster, from the sandbox-only property. */
export function chicagoTruth(store: { records(type: string): readonly {
  id: string; properties: Record<string, string> }[] }): Map<string, string> {
  const truth = new Map<string, string>()
  for (const record of store.records('companies')) {
    const cluster = record.properties.pp_sandbox_cluster_id
    if (cluster) truth.set(record.id, cluster)
  }

  return truth
}
