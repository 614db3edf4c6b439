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

export { seededRandom } from '../../server/random.ts'
