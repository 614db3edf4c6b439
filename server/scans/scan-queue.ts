/**
 * Runs scans one at a time in this process, at most one queued per portal: a second request
 * for a portal already waiting or running joins it instead of scanning twice.
 * TODO(v2): move to pg-boss once the service runs as several processes.
 */
export interface ScanQueue {
  enqueue(portalId: number): Promise<void>
  /** Resolves when everything queued so far has run. */
  idle(): Promise<void>
}

export function createScanQueue(options: {
  readonly run: (portalId: number) => Promise<void>
  readonly onError: (portalId: number, error: unknown) => void
}): ScanQueue {
  const pending = new Map<number, Promise<void>>()
  let tail: Promise<void> = Promise.resolve()

  return {
    enqueue(portalId) {
      const existing = pending.get(portalId)
      if (existing) return existing

      const job = tail.then(async () => {
        try {
          await options.run(portalId)
        } catch (error) {
          options.onError(portalId, error)
        } finally {
          pending.delete(portalId)
        }
      })
      pending.set(portalId, job)
      tail = job

      return job
    },
    idle: () => tail,
  }
}
