import { startSandboxPortal } from '../server/dev/sandbox-portal.ts'
import { refreshingAccessToken } from '../server/hubspot/access-token.ts'
import type { CallLogger } from '../server/hubspot/logger.ts'
import { createOAuthClient } from '../server/hubspot/oauth-client.ts'
import { createPortalBudgets, createPortalGateway } from '../server/hubspot/portal-gateway.ts'
import { runScan } from '../server/scans/run-scan.ts'
import { loadDisposableDomains } from '../server/scoring/disposable-domains.ts'
import { syntheticRecord } from './synthetic.ts'

/** HubSpot's limit for marketplace apps: 110 calls per rolling 10 s per portal. */
const LIMIT_PER_WINDOW = 110
const WINDOW_MS = 10_000
/** Enough extra records that the scan needs several rate-limit windows. */
const EXTRA_RECORDS = { companies: 15_000, contacts: 15_000 } as const

export interface ScanBench {
  /** Scan time over the least time HubSpot's limit allows for the same calls (<= 1.2). */
  readonly scanVsRateLimitFloor: number
  readonly scan429Count: number
  readonly scanMs: number
  readonly scanRateLimitFloorMs: number
  readonly scanLimitedCalls: number
  readonly scanRecords: number
}

/**
 * Scans the sandbox portal, grown to about 35,000 records, at HubSpot's real limits and our
 * default budget, and compares the wall time with the floor the limit forces: N calls under
 * a rolling window of 110 per 10 s cannot finish before floor((N - 1) / 110) windows pass.
 */
export async function benchScan(): Promise<ScanBench> {
  let limitedCalls = 0
  const counting: CallLogger = {
    info: (fields) => {
      const operation = (fields as { operation?: string }).operation ?? ''
      // Search has its own limiter and OAuth is not counted against the CRM limit.
      if (operation !== 'crm.objects.count' && !operation.startsWith('oauth.')) limitedCalls++
    },
    warn: () => {},
    error: () => {},
  }
  const portal = await startSandboxPortal({ logger: counting })
  try {
    for (const [type, count] of Object.entries(EXTRA_RECORDS)) {
      for (let i = 0; i < count; i++) {
        const { properties } = syntheticRecord(type as 'companies' | 'contacts', i, 7)
        const values: Record<string, string> = {}
        for (const [name, value] of Object.entries(properties)) {
          if (typeof value === 'string') values[name] = value
        }
        portal.sandbox.store.insert(type, values)
      }
    }
    const oauth = createOAuthClient({ baseUrl: portal.baseUrl, clientId: portal.clientId,
      clientSecret: portal.clientSecret, logger: counting, timeoutMs: 10_000 })
    const gateway = createPortalGateway({
      baseUrl: portal.baseUrl,
      portalId: portal.sandbox.portalId,
      tokens: refreshingAccessToken({ tokens: portal.tokens, oauth }),
      logger: counting,
      timeoutMs: 30_000,
      budget: createPortalBudgets(105).forPortal('bench'),
    })
    const rateLimitedBefore = portal.sandbox.stats.rateLimited

    const started = performance.now()
    const { report } = await runScan(
      { gateway, disposableDomains: await loadDisposableDomains(), now: () => new Date(),
        random: Math.random },
      { kind: 'sample', sampleSize: 1_000, defaultCountry: 'US' },
    )
    const scanMs = performance.now() - started
    const floorMs = Math.floor((limitedCalls - 1) / LIMIT_PER_WINDOW) * WINDOW_MS
    const records = report.objects.contacts.total + report.objects.companies.total +
      report.objects.deals.total

    return {
      scanVsRateLimitFloor: round(scanMs / floorMs),
      scan429Count: portal.sandbox.stats.rateLimited - rateLimitedBefore,
      scanMs: Math.round(scanMs),
      scanRateLimitFloorMs: floorMs,
      scanLimitedCalls: limitedCalls,
      scanRecords: records,
    }
  } finally {
    await portal.sandbox.close()
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000

if (import.meta.main) console.log(JSON.stringify(await benchScan(), null, 2))
