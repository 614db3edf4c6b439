/** Pairwise precision and recall of duplicate groups against known clusters. */
export interface PairMetrics {
  /** Correct pairs over pairs found; 1 when nothing was found. */
  readonly precision: number
  /** Correct pairs over true pairs; 1 when there are no true pairs. */
  readonly recall: number
  /** Pairs of records that truly belong together. */
  readonly truePairs: number
  /** Pairs of records put in the same group. */
  readonly foundPairs: number
  /** Found pairs that are true pairs. */
  readonly correctPairs: number
}

const pairsOf = (size: number) => (size * (size - 1)) / 2

/**
 * Scores `groups` (disjoint lists of ids) against `truth` (id -> cluster id). Each group
 * of n ids claims n(n-1)/2 pairs; a pair is correct when both ids share a cluster. An id
 * missing from `truth` belongs to no cluster, so its pairs are never correct.
 */
export function pairMetrics(
  groups: readonly { readonly ids: readonly string[] }[],
  truth: ReadonlyMap<string, string>,
): PairMetrics {
  const clusterSizes = new Map<string, number>()
  for (const cluster of truth.values()) {
    clusterSizes.set(cluster, (clusterSizes.get(cluster) ?? 0) + 1)
  }
  let truePairs = 0
  for (const size of clusterSizes.values()) truePairs += pairsOf(size)

  const seen = new Set<string>()
  let foundPairs = 0
  let correctPairs = 0
  for (const group of groups) {
    const inGroup = new Map<string, number>()
    for (const id of group.ids) {
      if (seen.has(id)) throw new TypeError(`id ${id} is in more than one group`)
      seen.add(id)
      const cluster = truth.get(id)
      if (cluster !== undefined) inGroup.set(cluster, (inGroup.get(cluster) ?? 0) + 1)
    }
    foundPairs += pairsOf(group.ids.length)
    for (const size of inGroup.values()) correctPairs += pairsOf(size)
  }

  return {
    precision: foundPairs === 0 ? 1 : correctPairs / foundPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
    truePairs,
    foundPairs,
    correctPairs,
  }
}
