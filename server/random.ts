/**
 * A small seeded pseudo-random generator (mulberry32): the sandbox's demo portal, the
 * benchmarks' synthetic data and the tests are the same on every run. Never for secrets:
 * tokens, codes and nonces come from node:crypto.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0

  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, max). */
  int(max: number): number
  pick<T>(items: readonly T[]): T
}

/** {@link seededRandom} with the helpers seed data wants. */
export function createRandom(seed: number): Random {
  const next = seededRandom(seed)
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new TypeError('pick needs at least one item')

    return items[int(items.length)] as T
  }

  return { next, int, pick }
}
