import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { findTokens, portalsWithTokensNotUnder } from '../../../server/db/tokens.repository.ts'
import { createTokenCipher } from '../../../server/security/token-cipher.ts'
import { rotateTokenKeys } from '../../../server/tokens/rotate-keys.ts'
import { createTokenService } from '../../../server/tokens/token-service.ts'
import type { TokenService } from '../../../server/tokens/token-service.ts'
import { createTestDatabase } from '../../support/database.ts'
import { cipherA, cipherBA, createPortals, expired, startTokenSandbox } from './fixtures.ts'
import type { TokenSandbox } from './fixtures.ts'

let handle: DatabaseHandle
let sandbox: TokenSandbox
const PORTALS = [51, 52, 53, 54, 55, 56]
const EXPIRED = new Set([53, 54])

beforeAll(async () => {
  handle = await createTestDatabase()
  sandbox = await startTokenSandbox()
  await createPortals(handle.db, ...PORTALS)
})

beforeEach(async () => {
  await handle.db.deleteFrom('oauth_tokens').execute()
})

afterAll(async () => {
  await sandbox?.close()
  await handle?.close()
})

const serviceWith = (cipher = cipherBA()) =>
  createTokenService({ db: handle.db, admin: handle.admin, cipher, oauth: sandbox.oauth })

const rotateToB = () => rotateTokenKeys({ db: handle.db, admin: handle.admin, cipher: cipherBA() })

async function saveAllUnderA() {
  const writer = serviceWith(cipherA())
  for (const portalId of PORTALS) {
    const grant = await sandbox.grant()
    await writer.save(portalId, EXPIRED.has(portalId) ? expired(grant) : grant)
  }
}

describe('rotateTokenKeys', () => {
  it('re-encrypts every grant while 200 card calls run, and none of them fails', async () => {
    await saveAllUnderA()
    const refreshesBefore = sandbox.stats.refreshGrants
    // Four freshly started services (cold caches) already configured with B first, as
    // after the deploy that announces the new key; two portals need a refresh meanwhile.
    const services = Array.from({ length: 4 }, () => serviceWith())

    const [calls, rotation] = await Promise.all([
      Promise.allSettled(Array.from({ length: 200 }, (_, i) => {
        const portalId = PORTALS[i % PORTALS.length] as number
        const card = services[i % services.length] as TokenService

        return card.accessTokenSource(portalId).current()
      })),
      serviceWith().rotate(),
    ])

    expect(calls.filter((call) => call.status === 'rejected')).toEqual([])
    expect(await portalsWithTokensNotUnder(handle.admin, 'key-a')).toEqual(PORTALS)
    expect(await portalsWithTokensNotUnder(handle.admin, 'key-b')).toEqual([])
    expect(rotation.remaining).toBe(0)
    // A grant refreshed before rotation reached it is already under B and is skipped.
    expect(rotation.rotated).toBeGreaterThanOrEqual(PORTALS.length - EXPIRED.size)
    expect(sandbox.stats.refreshGrants - refreshesBefore).toBe(EXPIRED.size)

    // No refresh was lost to the rotation: each row holds the token the calls got, and it
    // works at the sandbox.
    const handedOut = new Map<number, Set<string>>()
    calls.forEach((call, i) => {
      const portalId = PORTALS[i % PORTALS.length] as number
      if (call.status !== 'fulfilled') return
      const seen = handedOut.get(portalId) ?? new Set<string>()
      seen.add(call.value)
      handedOut.set(portalId, seen)
    })
    for (const portalId of PORTALS) {
      const row = await findTokens(handle.db, portalId)
      const access = await cipherBA().decrypt(row?.accessToken ?? '')
      expect([...(handedOut.get(portalId) ?? [])]).toEqual([access])
      expect(await sandbox.works(access)).toBe(true)
    }
  })

  it('leaves grants under the current key alone, so a second run rotates nothing', async () => {
    await saveAllUnderA()
    await rotateToB()
    const before = await findTokens(handle.db, 51)

    const again = await rotateToB()

    expect(again).toEqual({ rotated: 0, remaining: 0 })
    expect((await findTokens(handle.db, 51))?.accessToken).toBe(before?.accessToken)
  })

  it('keeps the plaintext and expiry, and the old key alone no longer opens them', async () => {
    const grant = await sandbox.grant()
    await serviceWith(cipherA()).save(51, grant)

    await rotateToB()

    const row = await findTokens(handle.db, 51)
    expect(row?.keyId).toBe('key-b')
    expect(row?.expiresAtMs).toBe(grant.expiresAtMs)
    await expect(cipherBA().decrypt(row?.refreshToken ?? '')).resolves.toBe(grant.refreshToken)
    await expect(cipherA().decrypt(row?.refreshToken ?? '')).rejects.toThrow(/not configured/)
  })

  it('goes on past a grant no configured key opens and counts it as remaining', async () => {
    const lost = createTokenCipher([{ id: 'key-z', secret: 'key-z-test-only-secret-0000000000' }])
    await serviceWith(lost).save(52, await sandbox.grant())
    await serviceWith(cipherA()).save(53, await sandbox.grant())

    const result = await rotateToB()

    expect(result).toEqual({ rotated: 1, remaining: 1 })
    expect((await findTokens(handle.db, 52))?.keyId).toBe('key-z')
    expect((await findTokens(handle.db, 53))?.keyId).toBe('key-b')
  })
})
