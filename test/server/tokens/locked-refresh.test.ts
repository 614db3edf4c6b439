import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectDatabase } from '../../../server/db/connect.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { findPortal } from '../../../server/db/portals.repository.ts'
import { silentLogger } from '../../../server/hubspot/logger.ts'
import { createPortalBudgets, createPortalGateway }
  from '../../../server/hubspot/portal-gateway.ts'
import { createTokenService } from '../../../server/tokens/token-service.ts'
import type { TokenService } from '../../../server/tokens/token-service.ts'
import { createTestDatabase } from '../../support/database.ts'
import { cipherA, createPortals, expired, startTokenSandbox } from './fixtures.ts'
import type { TokenSandbox } from './fixtures.ts'

let handle: DatabaseHandle
/** A second connection pool to the same database on Postgres: another process's view. */
let other: DatabaseHandle | null = null
let sandbox: TokenSandbox

beforeAll(async () => {
  handle = await createTestDatabase()
  sandbox = await startTokenSandbox()
  await createPortals(handle.db, 41, 42, 43, 44, 45, 46, 47)
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const { rows } = await sql<{ name: string }>`select current_database() as name`
      .execute(handle.db)
    const url = new URL(serverUrl)
    url.pathname = `/${rows[0]?.name}`
    other = await connectDatabase({ databaseUrl: url.toString() })
  }
})

afterAll(async () => {
  await other?.close()
  await sandbox?.close()
  await handle?.close()
})

const service = (options: { otherProcess?: boolean; onRefreshFailure?: (id: number) => void }
  = {}): TokenService =>
  createTokenService({
    // PGlite has one connection per process, so "another process" is a second service on
    // the same handle; on Postgres it is a second pool with connections of its own.
    db: options.otherProcess && other ? other.db : handle.db,
    cipher: cipherA(),
    oauth: sandbox.oauth,
    onRefreshFailure: options.onRefreshFailure,
  })
const times = <T>(n: number, work: () => Promise<T>) =>
  Promise.all(Array.from({ length: n }, work))

describe('one refresh per portal', () => {
  it('makes one refresh at the sandbox for 50 parallel calls on an expired token', async () => {
    const grant = await sandbox.grant()
    await service().save(41, expired(grant))
    const source = service().accessTokenSource(41)
    const before = sandbox.stats.refreshGrants

    const tokens = await times(50, () => source.current())

    expect(sandbox.stats.refreshGrants - before).toBe(1)
    expect(new Set(tokens).size).toBe(1)
    expect(tokens[0]).not.toBe(grant.accessToken)
    expect(await sandbox.works(tokens[0] ?? '')).toBe(true)
  })

  it('makes one refresh when two services (two processes) ask at once', async () => {
    await service().save(42, expired(await sandbox.grant()))
    const first = service().accessTokenSource(42)
    const second = service({ otherProcess: true }).accessTokenSource(42)
    const before = sandbox.stats.refreshGrants

    const tokens = await Promise.all([
      ...Array.from({ length: 25 }, () => first.current()),
      ...Array.from({ length: 25 }, () => second.current()),
    ])

    expect(sandbox.stats.refreshGrants - before).toBe(1)
    expect(new Set(tokens).size).toBe(1)
  })

  it('makes one refresh for 50 callers told the token expired, across two services', async () => {
    const grant = await sandbox.grant()
    await service().save(43, grant)
    const first = service().accessTokenSource(43)
    const second = service({ otherProcess: true }).accessTokenSource(43)
    const before = sandbox.stats.refreshGrants

    const tokens = await Promise.all([
      ...Array.from({ length: 25 }, () => first.renewAfterExpiry(grant.accessToken)),
      ...Array.from({ length: 25 }, () => second.renewAfterExpiry(grant.accessToken)),
    ])

    expect(sandbox.stats.refreshGrants - before).toBe(1)
    expect(new Set(tokens).size).toBe(1)
    expect(tokens[0]).not.toBe(grant.accessToken)
  })
})

describe('a refresh token HubSpot rejects', () => {
  it('marks the portal needs_reconnect once, and later calls do not reach HubSpot', async () => {
    const grant = await sandbox.grant()
    await service().save(44, expired(grant))
    await sandbox.oauth.revoke(grant.refreshToken)
    const failures: number[] = []
    const source = service({ onRefreshFailure: (id) => failures.push(id) })
      .accessTokenSource(44)

    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => source.current()))

    expect(outcomes.every((outcome) => outcome.status === 'rejected' &&
      (outcome.reason as { code?: string }).code === 'HUBSPOT_AUTH_FAILED')).toBe(true)
    expect(failures).toEqual([44])
    expect((await findPortal(handle.db, 44))?.connectionStatus).toBe('needs_reconnect')

    const requests = sandbox.stats.requests
    await expect(source.current()).rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    await expect(source.renewAfterExpiry('anything'))
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    // Another process learns it from the database, not by trying the token again.
    await expect(service({ otherProcess: true }).accessTokenSource(44).current())
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    expect(sandbox.stats.requests).toBe(requests)
    expect(failures).toEqual([44])
  })

  it('serves the portal again after a reconnect saves a new grant', async () => {
    const tokens = service()
    const grant = await sandbox.grant()
    await tokens.save(45, expired(grant))
    await sandbox.oauth.revoke(grant.refreshToken)
    await expect(tokens.accessTokenSource(45).current()).rejects.toThrow()

    const again = await sandbox.grant()
    await tokens.save(45, again)

    await expect(tokens.accessTokenSource(45).current()).resolves.toBe(again.accessToken)
  })
})

describe('the expired-token 401 through the gateway', () => {
  it('renews once after HubSpot answers EXPIRED_AUTHENTICATION, then succeeds', async () => {
    // A sandbox whose clock we move: it expires the token while our records say it is fresh.
    let sandboxNowMs = Date.now()
    const clocked = await startTokenSandbox({ now: () => sandboxNowMs })
    try {
      const tokens = createTokenService({ db: handle.db, cipher: cipherA(),
        oauth: clocked.oauth })
      await tokens.save(46, await clocked.grant())
      const gateway = createPortalGateway({ baseUrl: clocked.baseUrl, portalId: 46,
        tokens: tokens.accessTokenSource(46), logger: silentLogger, timeoutMs: 10_000,
        budget: createPortalBudgets(105).forPortal('46') })
      sandboxNowMs += 31 * 60_000

      const details = await Promise.all(Array.from({ length: 20 },
        () => gateway.accountDetails()))

      expect(clocked.sandbox.stats.refreshGrants).toBe(1)
      expect(details.every((detail) => detail.portalId === clocked.sandbox.portalId)).toBe(true)
    } finally {
      await clocked.close()
    }
  })
})
