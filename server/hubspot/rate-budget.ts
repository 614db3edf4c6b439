/**
 * A per-portal request budget that keeps PortalPilot under HubSpot's limits instead of
 * reacting to 429s: a rolling window for ordinary calls (110 per 10 s for marketplace apps)
 * and a minimum spacing for search (5 per second per portal). HubSpot counts per portal and
 * app, not per connection, so every gateway of one portal in this process shares one budget.
 */
export interface RateBudgetOptions {
  readonly requestsPerWindow: number
  readonly windowMs: number
  /** Extra wait past the window edge: our send time is earlier than HubSpot's arrival time. */
  readonly marginMs: number
  readonly searchSpacingMs: number
  readonly now?: () => number
  readonly sleep?: (ms: number) => Promise<void>
}

export type Lane = 'standard' | 'search'

export interface RateBudget {
  /** Resolves when a request on this lane may be sent, and books it. */
  take(lane: Lane): Promise<void>
  /** Books a pause for every caller after HubSpot answered 429 anyway. */
  pause(ms: number): void
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createRateBudget(options: RateBudgetOptions): RateBudget {
  const now = options.now ?? Date.now
  const wait = options.sleep ?? sleep
  // Send times of the last `requestsPerWindow` standard calls, oldest first.
  const sent: number[] = []
  let nextSearchAt = 0
  let pausedUntil = 0
  // One waiter at a time per lane keeps bookings in arrival order; the lanes do not block
  // each other, as HubSpot's two limits are separate.
  const queues: Record<Lane, Promise<void>> = {
    standard: Promise.resolve(),
    search: Promise.resolve(),
  }

  const bookStandard = async () => {
    for (;;) {
      const t = now()
      const span = options.windowMs + options.marginMs
      while (sent.length > 0 && (sent[0] ?? 0) + span <= t) sent.shift()
      const full = sent.length >= options.requestsPerWindow
      const blockedUntil = Math.max(pausedUntil, full ? (sent[0] ?? 0) + span : 0)
      if (blockedUntil <= t) {
        sent.push(t)
        return
      }
      await wait(blockedUntil - t)
    }
  }
  const bookSearch = async () => {
    for (;;) {
      const t = now()
      const at = Math.max(nextSearchAt, pausedUntil)
      if (at <= t) {
        nextSearchAt = t + options.searchSpacingMs
        return
      }
      await wait(at - t)
    }
  }

  return {
    take(lane) {
      const turn = queues[lane].then(lane === 'search' ? bookSearch : bookStandard)
      queues[lane] = turn.catch(() => {})

      return turn
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms)
    },
  }
}

/** One budget per portal for the whole process. */
export function createRateBudgets(options: RateBudgetOptions) {
  const budgets = new Map<string, RateBudget>()

  return {
    forPortal(key: string): RateBudget {
      let budget = budgets.get(key)
      if (!budget) {
        budget = createRateBudget(options)
        budgets.set(key, budget)
      }

      return budget
    },
  }
}
