import { pbkdf2, randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'

import { connectDatabase, openPglite } from '../server/db/connect.ts'
import { migrate } from '../server/db/migrate.ts'
import { upsertPortal } from '../server/db/portals.repository.ts'
import { startSandboxPortal } from '../server/dev/sandbox-portal.ts'
import { silentLogger } from '../server/hubspot/logger.ts'
import { createOAuthClient } from '../server/hubspot/oauth-client.ts'
import { createTokenCipher } from '../server/security/token-cipher.ts'
import { createTokenService } from '../server/tokens/token-service.ts'

const PORTALS = 20
const WARM_CALLS = 2_000
// A bench-only key, made per run.
const KEY = { id: 'bench', secret: randomBytes(32).toString('base64url') }

export interface TokensBench {
  /** First current() of a portal after start: database read + PBKDF2 + AES-GCM (median). */
  readonly tokenDecryptColdMs: number
  /** Every later current() of that portal: the token held in memory (mean per call). */
  readonly tokenDecryptWarmMs: number
  /** How much a card request saves by not deriving the key each time. */
  readonly tokenColdVsWarm: number
  /** One PBKDF2-SHA256 derivation at 100,000 iterations, for scale (median). */
  readonly tokenPbkdf2Ms: number
}

/**
 * Stores real sandbox grants for 20 portals, then, for each portal, starts a new token
 * service with a new cipher (nothing cached, as after a restart) and times the first and
 * the following 2,000 access-token reads.
 */
export async function benchTokens(): Promise<TokensBench> {
  const portal = await startSandboxPortal({ logger: silentLogger, sandbox: { seed: 'empty' } })
  const database = await connectDatabase({ pglite: await openPglite('memory://') })
  try {
    await migrate(database.db)
    const oauth = createOAuthClient({ baseUrl: portal.baseUrl, clientId: portal.clientId,
      clientSecret: portal.clientSecret, logger: silentLogger, timeoutMs: 10_000 })
    const writer = createTokenService({ db: database.db, cipher: createTokenCipher([KEY]),
      oauth })
    for (let portalId = 1; portalId <= PORTALS; portalId++) {
      await upsertPortal(database.db, { portalId, accountType: 'STANDARD', timeZone: 'UTC',
        companyCurrency: 'USD', uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1' })
      // One real grant is enough: each save seals it afresh (new salt, new nonce).
      await writer.save(portalId, portal.tokens)
    }

    const cold: number[] = []
    const warm: number[] = []
    for (let portalId = 1; portalId <= PORTALS; portalId++) {
      const service = createTokenService({ db: database.db, cipher: createTokenCipher([KEY]),
        oauth })
      const source = service.accessTokenSource(portalId)
      let started = performance.now()
      await source.current()
      cold.push(performance.now() - started)
      started = performance.now()
      for (let i = 0; i < WARM_CALLS; i++) await source.current()
      warm.push((performance.now() - started) / WARM_CALLS)
    }
    const derive = promisify(pbkdf2)
    const pbkdf2Ms: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      await derive(KEY.secret, randomBytes(16), 100_000, 32, 'sha256')
      pbkdf2Ms.push(performance.now() - started)
    }

    const coldMs = median(cold)
    const warmMs = median(warm)

    return {
      tokenDecryptColdMs: round(coldMs, 2),
      tokenDecryptWarmMs: round(warmMs, 5),
      tokenColdVsWarm: Math.round(coldMs / warmMs),
      tokenPbkdf2Ms: round(median(pbkdf2Ms), 2),
    }
  } finally {
    await database.close()
    await portal.sandbox.close()
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)

  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

// `npx node bench/tokens.ts` runs this benchmark alone.
if (import.meta.main) process.stdout.write(`${JSON.stringify(await benchTokens())}\n`)
