import { describe, expect, it } from 'vitest'

import {
  BLOCK_WINDOW,
  forEachCandidatePair,
  MAX_FULL_BLOCK,
} from '../../../../server/scoring/duplicates/blocking.ts'
import { hashKey } from '../../../../server/scoring/duplicates/hash-key.ts'

function collect(keys: number[], mode: 'chain' | 'pairs', order?: number[]): string[] {
  const pairs: string[] = []
  forEachCandidatePair(
    Float64Array.from(keys),
    keys.length,
    mode,
    (a, b) => pairs.push(`${a}-${b}`),
    order ? Float64Array.from(order) : undefined,
  )

  return pairs.sort()
}

describe('forEachCandidatePair', () => {
  const x = hashKey('x')
  const y = hashKey('y')

  it('visits every pair of a small block and nothing across blocks or for key 0', () => {
    expect(collect([x, y, x, 0, x, 0, y], 'pairs')).toEqual(['0-2', '0-4', '1-6', '2-4'])
  })

  it('visits only consecutive members in chain mode', () => {
    expect(collect([x, x, x, x], 'chain')).toEqual(['0-1', '1-2', '2-3'])
  })

  it('separates keys that share block bits but differ in full', () => {
    // Same top 32 bits (7), different low 21 bits: one sort block, two real keys.
    const a = 7 * 2 ** 21 + 1
    const b = 7 * 2 ** 21 + 2

    expect(collect([a, b, a, b], 'pairs')).toEqual(['0-2', '1-3'])
    expect(collect([a, b, a, b], 'chain')).toEqual(['0-2', '1-3'])
  })

  it('caps a large block at a window of neighbours per record', () => {
    const size = MAX_FULL_BLOCK * 4
    const pairs = collect(Array.from({ length: size }, () => x), 'pairs')

    // Each record meets the next BLOCK_WINDOW records; the last ones have fewer left.
    const expected = size * BLOCK_WINDOW - (BLOCK_WINDOW * (BLOCK_WINDOW + 1)) / 2
    expect(pairs).toHaveLength(expected)
    expect(pairs.length).toBeLessThan((size * (size - 1)) / 2)
  })

  it('orders a large block by the second key so equal second keys meet', () => {
    const size = MAX_FULL_BLOCK + 10
    const keys = Array.from({ length: size }, () => x)
    // Records 0 and size-1 share a second key; everything else has a distinct one.
    const order = Array.from({ length: size }, (_, i) => i + 1000)
    order[size - 1] = order[0] ?? 0

    expect(collect(keys, 'pairs', order)).toContain(`0-${size - 1}`)
    expect(collect(keys, 'pairs')).not.toContain(`0-${size - 1}`)
  })
})
