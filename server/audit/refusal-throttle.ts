/**
 * Refused requests are written to the audit log, but unauthenticated traffic must not be
 * able to fill it: per reason, at most `perWindow` entries a window; the rest are counted and
 * reported in the next entry that is written.
 */
export function createRefusalThrottle(options: {
  readonly perWindow: number
  readonly windowMs: number
  readonly now?: () => number
}) {
  const now = options.now ?? Date.now
  const windows = new Map<string, { startMs: number; written: number; suppressed: number }>()

  return {
    /** Whether to write this refusal, and how many were dropped since the last one written. */
    admit(reason: string): { write: boolean; suppressed: number } {
      const t = now()
      let window = windows.get(reason)
      if (!window || t - window.startMs >= options.windowMs) {
        window = { startMs: t, written: 0, suppressed: window?.suppressed ?? 0 }
        windows.set(reason, window)
      }
      if (window.written >= options.perWindow) {
        window.suppressed++

        return { write: false, suppressed: 0 }
      }
      window.written++
      const suppressed = window.suppressed
      window.suppressed = 0

      return { write: true, suppressed }
    },
  }
}
