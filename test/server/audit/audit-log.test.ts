import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createAuditLog, pruneAuditLog } from '../../../server/audit/audit-log.ts'
import type { AuditAction } from '../../../server/audit/audit-log.ts'
import { listAuditEntries } from '../../../server/db/audit.repository.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'
import { createPortalDetails } from '../db/fixtures.ts'

const A = 841
const DAY_MS = 86_400_000
const NOW_MS = Date.parse('2026-03-01T12:00:00.000Z')
let handle: TestDatabase

beforeAll(async () => {
  handle = await createTestDatabase()
  await upsertPortal(handle.db, createPortalDetails({ portalId: A }))
})

beforeEach(async () => {
  await pruneAuditLog(handle.admin, { olderThanDays: 1, now: new Date(NOW_MS + 1_000 * DAY_MS) })
})

afterAll(async () => {
  await handle.close()
})

function auditAt(msBeforeNow: number) {
  return createAuditLog({ db: handle.db, now: () => new Date(NOW_MS - msBeforeNow) })
}

describe('createAuditLog', () => {
  it('stores the entry with the user and the detail masked', async () => {
    await auditAt(0).record({
      portalId: A,
      userId: 'jane.doe@example.com',
      action: 'auth.login',
      outcome: 'success',
      detail: { refreshToken: 'e5f6a1b2-0000', email: 'bob@corp.io', scopes: 'oauth' },
    })

    expect(await listAuditEntries(handle.db, A, { limit: 10 })).toEqual([{
      id: expect.any(Number),
      portalId: A,
      userId: 'j***@e***.com',
      at: '2026-03-01T12:00:00.000Z',
      action: 'auth.login',
      outcome: 'success',
      detail: { refreshToken: '[redacted]', email: 'b***@c***.io', scopes: 'oauth' },
    }])
  })

  it('keeps the original values out of every stored column', async () => {
    await auditAt(0).record({
      portalId: A,
      userId: 12345678,
      action: 'auth.token_refresh',
      outcome: 'failure',
      detail: { reason: 'rejected for jane.doe@example.com' },
    })
    const { rows } = await sql<{ row: string }>`select audit_log::text as row from audit_log`
      .execute(handle.admin)

    expect(rows).toHaveLength(1)
    expect(rows[0]?.row).not.toMatch(/12345678|jane\.doe|example\.com/)
    expect(rows[0]?.row).toContain('***5678')
  })

  it("uses the database's clock when no clock is given", async () => {
    await createAuditLog({ db: handle.db }).record({
      portalId: A,
      action: 'data.read',
      outcome: 'success',
    })
    const [entry] = await listAuditEntries(handle.db, A, { limit: 1 })
    const { rows } = await sql<{ now: Date }>`select now() as now`.execute(handle.admin)

    expect(entry?.userId).toBeNull()
    expect(entry?.detail).toEqual({})
    // Written a moment ago by this test: within a minute of the database's now().
    expect(Math.abs(Date.parse(entry?.at ?? '') - (rows[0]?.now.getTime() ?? 0)))
      .toBeLessThan(60_000)
  })

  it('throws TypeError for an action or outcome outside the lists', async () => {
    const audit = auditAt(0)
    const action = 'auth.everything' as AuditAction

    await expect(audit.record({ portalId: A, action, outcome: 'success' })).rejects.toThrow(
      TypeError,
    )
    await expect(
      audit.record({ portalId: A, action: 'data.read', outcome: 'maybe' as 'success' }),
    ).rejects.toThrow(TypeError)
  })
})

describe('pruneAuditLog', () => {
  it('deletes entries older than 90 days and keeps younger ones', async () => {
    await auditAt(91 * DAY_MS).record({ portalId: A, action: 'data.scan', outcome: 'success' })
    await auditAt(91 * DAY_MS).record({ portalId: null, action: 'auth.signature',
      outcome: 'denied' })
    await auditAt(89 * DAY_MS).record({ portalId: A, action: 'data.write', outcome: 'success' })

    expect(await pruneAuditLog(handle.admin, { now: new Date(NOW_MS) })).toBe(2)
    expect((await listAuditEntries(handle.db, A, { limit: 10 })).map((e) => e.action))
      .toEqual(['data.write'])
  })

  it('takes another age when asked', async () => {
    await auditAt(8 * DAY_MS).record({ portalId: A, action: 'data.scan', outcome: 'success' })
    await auditAt(6 * DAY_MS).record({ portalId: A, action: 'data.read', outcome: 'success' })

    expect(await pruneAuditLog(handle.admin, { olderThanDays: 7, now: new Date(NOW_MS) }))
      .toBe(1)
  })

  it.each([0, -1, 1.5, Number.NaN])('throws TypeError for olderThanDays %s', async (days) => {
    await expect(pruneAuditLog(handle.admin, { olderThanDays: days })).rejects.toThrow(TypeError)
  })
})
