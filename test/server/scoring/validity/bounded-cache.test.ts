import { describe, expect, it, vi } from 'vitest'

import { cachePerValue } from '../../../../server/scoring/validity/bounded-cache.ts'

describe('cachePerValue', () => {
  it('judges each distinct value once', () => {
    const judge = vi.fn((value: string) => value.length)
    const cached = cachePerValue(judge)

    expect([cached('ab'), cached('abc'), cached('ab')]).toEqual([2, 3, 2])
    expect(judge).toHaveBeenCalledTimes(2)
  })

  it('caches null and undefined answers as well', () => {
    const judge = vi.fn((value: string) => (value === 'x' ? null : undefined))
    const cached = cachePerValue(judge)
    cached('x')
    cached('x')
    cached('y')
    cached('y')

    expect(judge).toHaveBeenCalledTimes(2)
  })

  it('empties itself when full and keeps answering correctly', () => {
    const judge = vi.fn((value: string) => value.toUpperCase())
    const cached = cachePerValue(judge, 2)

    expect([cached('a'), cached('b'), cached('c'), cached('a')]).toEqual(['A', 'B', 'C', 'A'])
    // 'c' emptied the full cache, so 'a' was judged again.
    expect(judge).toHaveBeenCalledTimes(4)
  })

  it('rejects a limit below one', () => {
    expect(() => cachePerValue(String, 0)).toThrow(TypeError)
  })
})
