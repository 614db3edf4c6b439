import { describe, expect, it } from 'vitest'

import { benchCard } from '../../bench/card.ts'

describe('benchCard', () => {
  it('serves every signed card request and returns both throughputs and their ratio', async () => {
    // load() throws on any reply but 200, so finishing proves each card request verified.
    const result = await benchCard(60, 4)

    expect(result.cardRequestsPerSecond).toBeGreaterThan(0)
    expect(result.bareRequestsPerSecond).toBeGreaterThan(0)
    expect(result.cardVsBareFastify).toBeCloseTo(
      result.bareRequestsPerSecond / result.cardRequestsPerSecond, 1)
    expect(result.cardP99Ms).toBeGreaterThanOrEqual(result.cardP50Ms)
    // Every record request answered 200 too (load() throws otherwise).
    expect(result.recordRequestsPerSecond).toBeGreaterThan(0)
    expect(result.recordP99Ms).toBeGreaterThanOrEqual(result.recordP50Ms)
  })
})
