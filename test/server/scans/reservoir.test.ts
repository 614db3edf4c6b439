import { describe, expect, it } from 'vitest'

import { createReservoir } from '../../../server/scans/reservoir.ts'
import { seededRandom } from '../../support/fake-clock.ts'

describe('createReservoir', () => {
  it('keeps everything while the stream is shorter than its capacity', () => {
    const reservoir = createReservoir<number>(5, seededRandom(1))

    for (const n of [1, 2, 3]) reservoir.offer(n)

    expect(reservoir.items).toEqual([1, 2, 3])
    expect(reservoir.seen).toBe(3)
  })

  it('keeps at most its capacity and counts every item offered', () => {
    const reservoir = createReservoir<number>(10, seededRandom(2))

    for (let n = 0; n < 1_000; n++) reservoir.offer(n)

    expect(reservoir.items).toHaveLength(10)
    expect(new Set(reservoir.items).size).toBe(10)
    expect(reservoir.seen).toBe(1_000)
  })

  it('gives early and late items the same chance of being sampled', () => {
    // 10 of 100 kept: each item's chance is 0.1, so over 4,000 runs each decile of the
    // stream should be kept about 4,000 x 10 x 0.1 = 4,000 times.
    const random = seededRandom(3)
    const keptPerDecile = new Array<number>(10).fill(0)

    for (let run = 0; run < 4_000; run++) {
      const reservoir = createReservoir<number>(10, random)
      for (let n = 0; n < 100; n++) reservoir.offer(n)
      for (const n of reservoir.items) keptPerDecile[Math.floor(n / 10)]! += 1
    }

    for (const kept of keptPerDecile) {
      expect(kept).toBeGreaterThan(3_700)
      expect(kept).toBeLessThan(4_300)
    }
  })
})
