import { describe, expect, it } from 'vitest'

import { refreshingAccessToken } from '../../../server/hubspot/access-token.ts'
import type { OAuthClient, TokenSet } from '../../../server/hubspot/oauth-client.ts'
import { createFakeClock } from '../../support/fake-clock.ts'

const tokenSet = (n: number, issuedAtMs: number): TokenSet => ({
  accessToken: `access-${n}`,
  refreshToken: 'refresh',
  expiresAtMs: issuedAtMs + 1_800_000,
  lifetimeMs: 1_800_000,
  hubId: 1,
  userId: 1,
  scopes: [],
})

function setup() {
  const clock = createFakeClock(0)
  let refreshes = 0
  const oauth: OAuthClient = {
    exchangeCode: async () => {
      throw new Error('not used')
    },
    refresh: async () => {
      refreshes++
      await clock.sleep(5)

      return tokenSet(refreshes + 1, clock.now())
    },
    revoke: async () => {
      throw new Error('not used')
    },
  }
  const source = refreshingAccessToken({ tokens: tokenSet(1, 0), oauth, now: clock.now })

  return { clock, source, refreshes: () => refreshes }
}

describe('refreshingAccessToken', () => {
  it('uses the current token until 80 % of its lifetime has passed', async () => {
    const { clock, source, refreshes } = setup()

    clock.advance(1_439_999) // 80 % of 1,800,000 ms is 1,440,000
    await expect(source.current()).resolves.toBe('access-1')
    clock.advance(1)
    await expect(source.current()).resolves.toBe('access-2')

    expect(refreshes()).toBe(1)
  })

  it('makes one refresh for fifty callers holding the same expired token', async () => {
    const { source, refreshes } = setup()

    const tokens = await Promise.all(
      Array.from({ length: 50 }, () => source.renewAfterExpiry('access-1')),
    )

    expect(refreshes()).toBe(1)
    expect(new Set(tokens)).toEqual(new Set(['access-2']))
  })

  it('hands out the newer token to a caller whose stale token was already replaced', async () => {
    const { source, refreshes } = setup()

    await source.renewAfterExpiry('access-1')
    await expect(source.renewAfterExpiry('access-1')).resolves.toBe('access-2')

    expect(refreshes()).toBe(1)
  })
})
