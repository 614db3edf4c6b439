import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { findPortal } from '../../../server/db/portals.repository.ts'
import { findTokens } from '../../../server/db/tokens.repository.ts'
import { silentLogger } from '../../../server/hubspot/logger.ts'
import { createOAuthClient } from '../../../server/hubspot/oauth-client.ts'
import { createTokenCipher } from '../../../server/security/token-cipher.ts'
import { createTokenService } from '../../../server/tokens/token-service.ts'
import { createTestDatabase } from '../../support/database.ts'
import {
  cipherA, countingOAuth, createPortals, expired, KEY_B, startTokenSandbox,
} from './fixtures.ts'
import type { TokenSandbox } from './fixtures.ts'

let handle: DatabaseHandle
let sandbox: TokenSandbox

beforeAll(async () => {
  handle = await createTestDatabase()
  sandbox = await startTokenSandbox()
  await createPortals(handle.db, 31, 32, 33, 34, 35, 36, 37, 38, 39)
})

afterAll(async () => {
  await sandbox?.close()
  await handle?.close()
})

const service = (overrides: Partial<Parameters<typeof createTokenService>[0]> = {}) =>
  createTokenService({ db: handle.db, cipher: cipherA(), oauth: sandbox.oauth, ...overrides })

describe('TokenService.save', () => {
  it('stores the grant sealed: no column holds either token in plain text', async () => {
    const grant = await sandbox.grant()

    await service().save(31, grant)

    const row = await handle.db.selectFrom('oauth_tokens').selectAll()
      .where('portal_id', '=', 31).executeTakeFirstOrThrow()
    const dumped = JSON.stringify(row)
    expect(dumped).not.toContain(grant.accessToken)
    expect(dumped).not.toContain(grant.refreshToken)
    expect(row.key_id).toBe('key-a')
    await expect(cipherA().decrypt(row.refresh_token)).resolves.toBe(grant.refreshToken)
    expect(row.expires_at.getTime()).toBe(grant.expiresAtMs)
  })

  it('hands the saved token to a service started later, from the database', async () => {
    const grant = await sandbox.grant()
    await service().save(32, grant)

    const token = await service().accessTokenSource(32).current()

    expect(token).toBe(grant.accessToken)
    expect(await sandbox.works(token)).toBe(true)
  })

  it('marks the portal connected again when a new grant is saved', async () => {
    const tokens = service()
    await tokens.save(33, await sandbox.grant())
    await tokens.revokeAndForget(33)
    expect((await findPortal(handle.db, 33))?.connectionStatus).toBe('disconnected')

    await tokens.save(33, await sandbox.grant())

    expect((await findPortal(handle.db, 33))?.connectionStatus).toBe('connected')
    await expect(tokens.accessTokenSource(33).current()).resolves.toMatch(/^CN/)
  })
})

describe('TokenService.accessTokenSource', () => {
  it('keeps a read token in memory: later calls do not read the database', async () => {
    const grant = await sandbox.grant()
    await service().save(34, grant)
    const source = service().accessTokenSource(34)
    await source.current()

    // Were the token read again, the missing row would fail these calls.
    await handle.db.deleteFrom('oauth_tokens').where('portal_id', '=', 34).execute()

    await expect(source.current()).resolves.toBe(grant.accessToken)
    await expect(source.current()).resolves.toBe(grant.accessToken)
  })

  it('refreshes once 80 % of the lifetime has passed, not before', async () => {
    let nowMs = Date.now()
    const grant = await sandbox.grant()
    const issued = { ...grant, expiresAtMs: nowMs + 1_800_000, lifetimeMs: 1_800_000 }
    const { oauth, calls } = countingOAuth(sandbox.oauth)
    const tokens = service({ oauth, now: () => nowMs })
    await tokens.save(35, issued)
    const source = tokens.accessTokenSource(35)

    nowMs += 1_439_999 // 80 % of 1,800,000 ms is 1,440,000
    await expect(source.current()).resolves.toBe(grant.accessToken)
    expect(calls.refresh).toBe(0)
    nowMs += 1
    const refreshed = await source.current()

    expect(calls.refresh).toBe(1)
    expect(refreshed).not.toBe(grant.accessToken)
    expect(await sandbox.works(refreshed)).toBe(true)
    const stored = await findTokens(handle.db, 35)
    await expect(cipherA().decrypt(stored?.accessToken ?? '')).resolves.toBe(refreshed)
  })

  it('keeps using a due token that still works while HubSpot cannot be reached', async () => {
    const grant = await sandbox.grant()
    const down = createOAuthClient({ baseUrl: 'http://127.0.0.1:9', clientId: 'x',
      clientSecret: 'y', logger: silentLogger, timeoutMs: 2_000 })
    const due = { ...grant, expiresAtMs: Date.now() + 60_000, lifetimeMs: 1_800_000 }
    await service().save(36, due)

    await expect(service({ oauth: down }).accessTokenSource(36).current())
      .resolves.toBe(grant.accessToken)
  })

  it('reports HubSpot unreachable when the token has expired and cannot be refreshed', async () => {
    const down = createOAuthClient({ baseUrl: 'http://127.0.0.1:9', clientId: 'x',
      clientSecret: 'y', logger: silentLogger, timeoutMs: 2_000 })
    await service().save(37, expired(await sandbox.grant()))

    await expect(service({ oauth: down }).accessTokenSource(37).current())
      .rejects.toMatchObject({ code: 'HUBSPOT_UNREACHABLE' })
  })

  it('fails with HUBSPOT_AUTH_FAILED for a portal without a grant', async () => {
    await expect(service().accessTokenSource(38).current())
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
  })

  it('answers INTERNAL, not the key problem, when no configured key opens the grant', async () => {
    await service().save(39, await sandbox.grant())
    const otherKeys = createTokenCipher([KEY_B])

    await expect(service({ cipher: otherKeys }).accessTokenSource(39).current())
      .rejects.toMatchObject({ code: 'INTERNAL', statusCode: 500 })
  })
})

describe('TokenService.revokeAndForget', () => {
  it('revokes the refresh token at HubSpot and deletes the grant', async () => {
    const grant = await sandbox.grant()
    const { oauth, calls } = countingOAuth(sandbox.oauth)
    const tokens = service({ oauth })
    await tokens.save(31, grant)
    const source = tokens.accessTokenSource(31)
    await expect(source.current()).resolves.toBe(grant.accessToken)

    await tokens.revokeAndForget(31)

    expect(calls.revoke).toBe(1)
    expect(await findTokens(handle.db, 31)).toBeNull()
    expect((await findPortal(handle.db, 31))?.connectionStatus).toBe('disconnected')
    // The sandbox no longer honours the refresh token: it was really revoked.
    await expect(sandbox.oauth.refresh(grant.refreshToken))
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    // A source handed out before forgets the token too.
    await expect(source.current()).rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    await expect(service().accessTokenSource(31).current())
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
  })

  it('keeps the grant when HubSpot cannot be reached, so it can be tried again', async () => {
    const down = createOAuthClient({ baseUrl: 'http://127.0.0.1:9', clientId: 'x',
      clientSecret: 'y', logger: silentLogger, timeoutMs: 2_000 })
    await service().save(32, await sandbox.grant())

    await expect(service({ oauth: down }).revokeAndForget(32))
      .rejects.toMatchObject({ code: 'HUBSPOT_UNREACHABLE' })
    expect(await findTokens(handle.db, 32)).not.toBeNull()
  })
})
