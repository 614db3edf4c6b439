/**
 * A clock that moves only when something sleeps on it, so time-based code runs instantly and
 * deterministically in tests.
 */
export function createFakeClock(startMs = 1_700_000_000_000) {
  let nowMs = startMs
  const sleeps: number[] = []

  return {
    now: () => nowMs,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      nowMs += ms
    },
    advance: (ms: number) => {
      nowMs += ms
    },
    sleeps,
  }
}

/** A small deterministic pseudo-random generator (mulberry32). */
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
