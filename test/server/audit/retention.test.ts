import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createAuditLog } from '../../../server/audit/audit-log.ts'
import { startAuditRetention } from '../../../server/audit/retention.ts'
import { listAuditEntries } from '../../../server/db/audit.repository.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'
import { createPortalDetails } from '../db/fixtures.ts'

const A = 861
const DAY_MS = 86_400_000
const INTERVAL_MS = 60_000
let handle: TestDatabase

beforeAll(async () => {
  handle = await createTestDatabase()
  await upsertPortal(handle.db, createPortalDetails({ portalId: A }))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

afterAll(async () => {
  await handle.close()
})

/** Records one entry dated `ageDays` ago by the real clock (the pruner uses it too). */
async function recordAged(ageDays: number): Promise<void> {
  const at = new Date(Date.now() - ageDays * DAY_MS)
  await createAuditLog({ db: handle.db, now: () => at }).record({
    portalId: A,
    action: 'data.read',
    outcome: 'success',
  })
}

/** Collects onPruned reports; `next()` resolves with the next pass's count. */
function passes() {
  const waiting: ((deleted: number) => void)[] = []

  return {
    onPruned: (deleted: number) => waiting.shift()?.(deleted),
    next: () => new Promise<number>((resolve) => waiting.push(resolve)),
  }
}

describe('startAuditRetention', () => {
  it('prunes at start and again at every interval until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    await recordAged(120)
    const reports = passes()
    const first = reports.next()

    const stop = startAuditRetention(handle.admin, {
      intervalMs: INTERVAL_MS,
      onPruned: reports.onPruned,
    })
    expect(await first).toBe(1)

    await recordAged(95)
    await recordAged(10)
    const second = reports.next()
    vi.advanceTimersByTime(INTERVAL_MS)
    expect(await second).toBe(1)

    stop()
    await recordAged(100)
    expect(vi.getTimerCount()).toBe(0)
    expect(await listAuditEntries(handle.db, A, { limit: 10 })).toHaveLength(2)
  })

  it("runs on an unref'd timer, so it never keeps the process alive", () => {
    const spy = vi.spyOn(globalThis, 'setInterval')

    const stop = startAuditRetention(handle.admin, { intervalMs: INTERVAL_MS })
    const timer = spy.mock.results[0]?.value as NodeJS.Timeout
    stop()

    expect(timer.hasRef()).toBe(false)
  })

  it('reports a failed pass to onError instead of throwing', async () => {
    const error = new Promise<unknown>((resolve) => {
      const stop = startAuditRetention(handle.admin, {
        intervalMs: INTERVAL_MS,
        olderThanDays: 0,
        onError: (cause) => {
          stop()
          resolve(cause)
        },
      })
    })

    expect(await error).toBeInstanceOf(TypeError)
  })

  it('throws TypeError for an interval that is not a positive integer', () => {
    expect(() => startAuditRetention(handle.admin, { intervalMs: 0 })).toThrow(TypeError)
  })
})
