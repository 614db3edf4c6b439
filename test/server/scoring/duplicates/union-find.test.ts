import { describe, expect, it } from 'vitest'

import { UnionFind } from '../../../../server/scoring/duplicates/union-find.ts'

describe('UnionFind', () => {
  it('joins sets transitively and reports when a union changes nothing', () => {
    const sets = new UnionFind(5)

    expect(sets.union(0, 1)).toBe(true)
    expect(sets.union(3, 4)).toBe(true)
    expect(sets.union(1, 4)).toBe(true)
    expect(sets.union(0, 3)).toBe(false)

    expect(sets.find(0)).toBe(sets.find(4))
    expect(sets.find(2)).toBe(2)
    expect(sets.find(2)).not.toBe(sets.find(0))
  })
})
