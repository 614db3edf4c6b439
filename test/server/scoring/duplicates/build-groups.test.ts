import { describe, expect, it } from 'vitest'

import { buildGroups } from '../../../../server/scoring/duplicates/build-groups.ts'
import { EdgeList } from '../../../../server/scoring/duplicates/edge-list.ts'
import { IdStore } from '../../../../server/scoring/duplicates/id-store.ts'

const KINDS = [
  { reason: 'strong', confidence: 0.9 },
  { reason: 'weak', confidence: 0.6 },
]

function edges(list: [number, number, number][]): EdgeList {
  const result = new EdgeList()
  for (const [a, b, kind] of list) result.add(a, b, kind)

  return result
}

describe('buildGroups', () => {
  const ids = new IdStore()
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) ids.add(id)

  it('groups connected records and leaves unmatched ones out', () => {
    const groups = buildGroups(ids, edges([[0, 1, 0], [1, 2, 0], [4, 5, 1]]), KINDS)

    expect(groups.map((group) => group.ids)).toEqual([['a', 'b', 'c'], ['e', 'f']])
  })

  it('uses the strongest links first, so a redundant weak link does not lower confidence', () => {
    // a-b weak, but a-c and c-b strong: the group is held together by strong links.
    const groups = buildGroups(ids, edges([[0, 1, 1], [0, 2, 0], [1, 2, 0]]), KINDS)

    expect(groups).toEqual([{ ids: ['a', 'b', 'c'], confidence: 0.9, reason: 'strong' }])
  })

  it('takes the weakest needed link as confidence and names the commonest links first', () => {
    // d joins only through a weak link; two strong links, one weak.
    const groups = buildGroups(ids, edges([[0, 1, 0], [1, 2, 0], [2, 3, 1]]), KINDS)

    expect(groups).toEqual([{ ids: ['a', 'b', 'c', 'd'], confidence: 0.6, reason: 'strong; weak' }])
  })

  it('orders groups by confidence, then size, then first record', () => {
    const groups = buildGroups(ids, edges([[4, 5, 0], [0, 1, 1], [1, 2, 1], [2, 3, 0]]), KINDS)

    expect(groups.map((group) => group.ids[0])).toEqual(['e', 'a'])
  })

  it('keeps apart groups whose members hold different cannot-link values', () => {
    // Zips: a=1, b=none, c=2. a-b and b-c match, but {a,b} and c hold different zips.
    const zips = Float64Array.from([1, 0, 2, 0, 0, 0])
    const groups = buildGroups(ids, edges([[0, 1, 0], [1, 2, 0]]), KINDS, [zips])

    expect(groups.map((group) => group.ids)).toEqual([['a', 'b']])
    expect(zips[1]).toBe(0)
  })

  it('returns no groups without edges', () => {
    expect(buildGroups(ids, new EdgeList(), KINDS)).toEqual([])
  })
})

describe('EdgeList', () => {
  it('grows past its initial capacity and sorts edges by kind', () => {
    const list = new EdgeList()
    for (let i = 0; i < 3000; i++) list.add(i, i + 1, i % 3)

    const order = list.byKind(3)
    const kinds = [...order].map((edge) => list.kind[edge])

    expect(list.length).toBe(3000)
    expect(kinds.slice(0, 1000).every((kind) => kind === 0)).toBe(true)
    expect(kinds.slice(2000).every((kind) => kind === 2)).toBe(true)
  })
})
