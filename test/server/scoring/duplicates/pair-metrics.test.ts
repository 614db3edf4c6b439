import { describe, expect, it } from 'vitest'

import { pairMetrics } from '../../../../server/scoring/duplicates/pair-metrics.ts'

describe('pairMetrics', () => {
  // Clusters: {1,2,3} (3 pairs), {4,5} (1 pair), {6}: 4 true pairs.
  const truth = new Map([
    ['1', 'x'], ['2', 'x'], ['3', 'x'], ['4', 'y'], ['5', 'y'], ['6', 'z'],
  ])

  it('counts pairs inside groups against the truth', () => {
    // {1,2,6}: 3 pairs, 1 correct (1-2). {4,5}: 1 pair, correct.
    const metrics = pairMetrics([{ ids: ['1', '2', '6'] }, { ids: ['4', '5'] }], truth)

    expect(metrics).toEqual({
      precision: 2 / 4,
      recall: 2 / 4,
      truePairs: 4,
      foundPairs: 4,
      correctPairs: 2,
    })
  })

  it('is perfect when the groups are the clusters', () => {
    const metrics = pairMetrics([{ ids: ['1', '2', '3'] }, { ids: ['4', '5'] }], truth)

    expect(metrics.precision).toBe(1)
    expect(metrics.recall).toBe(1)
  })

  it('reports precision 1 and recall 0 when nothing is found', () => {
    expect(pairMetrics([], truth)).toMatchObject({ precision: 1, recall: 0, foundPairs: 0 })
  })

  it('throws a TypeError when an id is in two groups', () => {
    expect(() => pairMetrics([{ ids: ['1', '2'] }, { ids: ['2', '3'] }], truth)).toThrow(
      TypeError,
    )
  })
})
