import { describe, expect, it } from 'vitest'

import { hash32 } from '../../../../server/scoring/duplicates/hash-key.ts'
import {
  TokenSketch,
  tokenWeight,
  WEIGHT_STEPS,
} from '../../../../server/scoring/duplicates/token-sketch.ts'

describe('TokenSketch', () => {
  it('counts a few words exactly', () => {
    const sketch = new TokenSketch()
    for (let i = 0; i < 5; i++) sketch.add(hash32('dental'))
    sketch.add(hash32('kalo'))

    expect(sketch.estimate(hash32('dental'))).toBe(5)
    expect(sketch.estimate(hash32('kalo'))).toBe(1)
    expect(sketch.estimate(hash32('absent'))).toBe(0)
  })

  it('never estimates below the true count, even when tiny and crowded', () => {
    // 16 counters per row for 200 distinct words: collisions are certain.
    const sketch = new TokenSketch(4)
    for (let word = 0; word < 200; word++) {
      for (let use = 0; use <= word % 3; use++) sketch.add(hash32(`w${word}`))
    }

    for (let word = 0; word < 200; word++) {
      expect(sketch.estimate(hash32(`w${word}`))).toBeGreaterThanOrEqual((word % 3) + 1)
    }
  })

  it('throws a TypeError for a width out of range', () => {
    expect(() => new TokenSketch(2)).toThrow(TypeError)
    expect(() => new TokenSketch(40)).toThrow(TypeError)
  })
})

describe('tokenWeight', () => {
  it('weighs a rare word above a common one', () => {
    expect(tokenWeight(1, 1000)).toBeGreaterThan(tokenWeight(300, 1000))
  })

  it('is ln((records + 1) / (uses + 0.5)) in 1/16 steps', () => {
    // ln(1001 / 1.5) = 6.503..., times 16 = 104.05 -> 104.
    expect(tokenWeight(1, 1000)).toBe(104)
    expect(WEIGHT_STEPS).toBe(16)
  })

  it('stays between 1 and 255', () => {
    expect(tokenWeight(10, 10)).toBe(1)
    expect(tokenWeight(0, 1e120)).toBe(255)
  })
})
