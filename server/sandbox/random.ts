/**
 * A small seeded PRNG (mulberry32) so the demo portal holds the same data on every run.
 * Not for secrets: tokens and codes come from node:crypto.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, max). */
  int(max: number): number
  pick<T>(items: readonly T[]): T
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0

  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new TypeError('pick needs at least one item')

    return items[int(items.length)] as T
  }

  return { next, int, pick }
}
