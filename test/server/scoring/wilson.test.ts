import { describe, expect, it } from 'vitest'

import { wilsonInterval } from '../../../server/scoring/wilson.ts'

describe('wilsonInterval', () => {
  it('matches a hand-computed interval for 80 passes out of 100', () => {
    // p = 0.8, n = 100, z = 1.959964, z²/n = 0.0384146
    // centre = (0.8 + 0.0192073) / 1.0384146 = 0.788902
    // half = (1.959964 / 1.0384146) * sqrt(0.0016 + 3.841459 / 40000)
    //      = 1.887458 * 0.0411830 = 0.077731  ->  [0.711171, 0.866633]
    const interval = wilsonInterval(80, 100)

    expect(interval.low).toBeCloseTo(0.711171, 5)
    expect(interval.high).toBeCloseTo(0.866633, 5)
  })

  it('stays inside 0..1 and is not a point when every record passes', () => {
    // p = 1, n = 10: centre = (1 + 0.192073) / 1.384146 = 0.861234,
    // half = (1.959964 / 1.384146) * sqrt(0 + 3.841459 / 400) = 1.416010 * 0.0979982
    //      = 0.138766  ->  [0.722467, 1]
    const interval = wilsonInterval(10, 10)

    expect(interval.high).toBeCloseTo(1, 12)
    expect(interval.low).toBeCloseTo(0.722467, 5)
  })

  it('is symmetric around one half', () => {
    const low = wilsonInterval(3, 20)
    const high = wilsonInterval(17, 20)

    expect(low.low).toBeCloseTo(1 - high.high, 12)
    expect(low.high).toBeCloseTo(1 - high.low, 12)
  })

  it('rejects an empty sample and impossible counts', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(TypeError)
    expect(() => wilsonInterval(5, 4)).toThrow(TypeError)
    expect(() => wilsonInterval(1.5, 4)).toThrow(TypeError)
  })
})
