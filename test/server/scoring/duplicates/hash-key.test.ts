import { describe, expect, it } from 'vitest'

import {
  blockBits,
  hash32,
  hashInteger,
  hashKey,
} from '../../../../server/scoring/duplicates/hash-key.ts'

describe('hash32', () => {
  it('matches the published FNV-1a test vectors', () => {
    // FNV-1a 32-bit: "" -> 0x811c9dc5, "a" -> 0xe40c292c (Fowler/Noll/Vo test suite).
    expect(hash32('')).toBe(0x811c9dc5)
    expect(hash32('a')).toBe(0xe40c292c)
  })
})

describe('hashKey', () => {
  it('is a deterministic non-zero safe integer', () => {
    const hash = hashKey('acme.com')

    expect(hash).toBe(hashKey('acme.com'))
    expect(hash).not.toBe(0)
    expect(Number.isSafeInteger(hash)).toBe(true)
  })

  it('gives 100,000 distinct keys 100,000 distinct hashes', () => {
    const hashes = new Set<number>()
    for (let i = 0; i < 100_000; i++) hashes.add(hashKey(`company-${i}.com`))

    expect(hashes.size).toBe(100_000)
  })

  it('puts the FNV-1a hash in the block bits', () => {
    expect(blockBits(hashKey('acme.com'))).toBe(hash32('acme.com'))
  })
})

describe('hashInteger', () => {
  it('never maps two integers to one key and spreads small ones over blocks', () => {
    const keys = new Set<number>()
    const blocks = new Set<number>()
    for (let i = 0; i < 10_000; i++) {
      keys.add(hashInteger(i))
      blocks.add(blockBits(hashInteger(i)))
    }

    expect(keys.size).toBe(10_000)
    // A bijective 32-bit mix: consecutive integers land in distinct blocks.
    expect(blocks.size).toBe(10_000)
  })

  it('throws a TypeError outside [0, 2^32)', () => {
    expect(() => hashInteger(-1)).toThrow(TypeError)
    expect(() => hashInteger(1.5)).toThrow(TypeError)
    expect(() => hashInteger(2 ** 32)).toThrow(TypeError)
  })
})
