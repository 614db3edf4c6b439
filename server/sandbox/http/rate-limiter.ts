/**
 * A rolling-window counter per key: at most `limit` accepted requests in any `windowMs`.
 * Rejected requests do not use up the window.
 */
export class RollingWindowLimiter {
  readonly limit: number
  readonly windowMs: number
  readonly #now: () => number
  readonly #hits = new Map<string, number[]>()

  constructor(limit: number, windowMs: number, now: () => number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new TypeError('limit must be a positive integer')
    }
    if (!(windowMs > 0)) throw new TypeError('windowMs must be positive')
    this.limit = limit
    this.windowMs = windowMs
    this.#now = now
  }

  /** Counts a request when there is room; `remaining` is what is left after it. */
  take(key: string): { allowed: boolean; remaining: number } {
    const now = this.#now()
    const hits = (this.#hits.get(key) ?? []).filter((at) => at > now - this.windowMs)
    this.#hits.set(key, hits)
    if (hits.length >= this.limit) return { allowed: false, remaining: 0 }
    hits.push(now)

    return { allowed: true, remaining: this.limit - hits.length }
  }
}
