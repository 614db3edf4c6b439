import type { DuplicateGroup } from '../../../shared/report.ts'

import type { EdgeList } from './edge-list.ts'
import type { IdStore } from './id-store.ts'
import type { MatchKind } from './match-kinds.ts'
import { UnionFind } from './union-find.ts'

const MAX_REASONS = 2

/**
 * Joins matched pairs into groups, strongest matches first (Kruskal), so each group is held
 * together by its best links. A group's confidence is its weakest such link: every member
 * reaches every other through links at least that sure. The reason names the commonest links.
 *
 * `cannotLink` columns (one value per record, 0 for none) keep groups apart whose members
 * hold different values, so a record without a zip cannot chain two buildings with different
 * zips into one group. The first link to arrive wins such a record.
 */
export function buildGroups(
  ids: IdStore,
  edges: EdgeList,
  kinds: readonly MatchKind[],
  cannotLink: readonly Float64Array[] = [],
): DuplicateGroup[] {
  const count = ids.length
  const sets = new UnionFind(count)
  // Per group root: the one non-zero value its members hold in each column, if any.
  const held = cannotLink.map((column) => column.slice(0, count))
  const tree = new Uint32Array(Math.min(edges.length, Math.max(count - 1, 0)))
  let treeSize = 0
  for (const edge of edges.byKind(kinds.length)) {
    const rootA = sets.find(edges.from[edge] ?? 0)
    const rootB = sets.find(edges.to[edge] ?? 0)
    if (rootA === rootB || conflict(held, rootA, rootB)) continue

    sets.union(rootA, rootB)
    const root = sets.find(rootA)
    for (const values of held) values[root] = values[rootA] || values[rootB] || 0
    tree[treeSize++] = edge
  }

  return collectGroups(ids, sets, edges, tree.subarray(0, treeSize), kinds)
}

/** Turns the joined sets into groups, using typed arrays indexed by group, not objects. */
function collectGroups(
  ids: IdStore,
  sets: UnionFind,
  edges: EdgeList,
  tree: Uint32Array,
  kinds: readonly MatchKind[],
): DuplicateGroup[] {
  const groupOfRoot = new Int32Array(ids.length).fill(-1)
  let groupCount = 0
  for (const edge of tree) {
    const root = sets.find(edges.from[edge] ?? 0)
    if (groupOfRoot[root] === -1) groupOfRoot[root] = groupCount++
  }
  const weakest = new Uint8Array(groupCount)
  const kindCounts = new Uint32Array(groupCount * kinds.length)
  for (const edge of tree) {
    const group = groupOfRoot[sets.find(edges.from[edge] ?? 0)] ?? 0
    const kind = edges.kind[edge] ?? 0
    weakest[group] = Math.max(weakest[group] ?? 0, kind)
    const slot = group * kinds.length + kind
    kindCounts[slot] = (kindCounts[slot] ?? 0) + 1
  }
  const members: number[][] = Array.from({ length: groupCount }, () => [])
  for (let i = 0; i < ids.length; i++) {
    const group = groupOfRoot[sets.find(i)] ?? -1
    if (group >= 0) members[group]?.push(i)
  }

  const order = members.map((_, group) => group)
  order.sort(
    (a, b) =>
      (weakest[a] ?? 0) - (weakest[b] ?? 0) ||
      (members[b]?.length ?? 0) - (members[a]?.length ?? 0) ||
      (members[a]?.[0] ?? 0) - (members[b]?.[0] ?? 0),
  )

  return order.map((group) => ({
    ids: (members[group] ?? []).map((member) => ids.get(member)),
    confidence: kinds[weakest[group] ?? 0]?.confidence ?? 0,
    reason: reasonOf(kindCounts.subarray(group * kinds.length, (group + 1) * kinds.length), kinds),
  }))
}

function conflict(held: readonly Float64Array[], rootA: number, rootB: number): boolean {
  return held.some((values) => {
    const a = values[rootA] ?? 0
    const b = values[rootB] ?? 0

    return a !== 0 && b !== 0 && a !== b
  })
}

/** The commonest link kinds of a group, most frequent first, ties to the stronger. */
function reasonOf(counts: Uint32Array, kinds: readonly MatchKind[]): string {
  const used = [...counts.keys()].filter((kind) => (counts[kind] ?? 0) > 0)
  used.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b)

  return used
    .slice(0, MAX_REASONS)
    .map((kind) => kinds[kind]?.reason)
    .join('; ')
}
