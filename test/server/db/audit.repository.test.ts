import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  insertAuditEntry,
  listAuditEntries,
} from '../../../server/db/audit.repository.ts'
import { inPortalTransaction, withoutPortal } from '../../../server/db/portal-scope.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'
import { createPortalDetails } from './fixtures.ts'

const A = 851
const B = 852
let handle: TestDatabase

function entry(portalId: number | null, action: string) {
  return { portalId, userId: null, action, outcome: 'success', detail: {} }
}

beforeAll(async () => {
  handle = await createTestDatabase({ loginAsAppRole: true })
  for (const portalId of [A, B]) {
    await upsertPortal(handle.db, createPortalDetails({ portalId }))
  }
  await insertAuditEntry(handle.db, entry(A, 'data.read'))
  await insertAuditEntry(handle.db, entry(B, 'data.write'))
  await insertAuditEntry(handle.db, entry(null, 'auth.signature'))
})

afterAll(async () => {
  await handle.close()
})

describe('audit_log row-level security', () => {
  it("shows a portal its own entries and never another portal's", async () => {
    expect((await listAuditEntries(handle.db, A, { limit: 10 })).map((e) => e.action))
      .toEqual(['data.read'])
    expect((await listAuditEntries(handle.db, B, { limit: 10 })).map((e) => e.action))
      .toEqual(['data.write'])
  })

  it('lets the service write an entry without a portal but read it back nowhere', async () => {
    const seenWithout = await withoutPortal(handle.db, (trx) =>
      trx.selectFrom('audit_log').select('action').execute())
    const seenByA = await inPortalTransaction(handle.db, A, (trx) =>
      trx.selectFrom('audit_log').select('action').where('portal_id', 'is', null).execute())
    const seenByAdmin = await handle.admin
      .selectFrom('audit_log').select('action').where('portal_id', 'is', null).execute()

    expect(seenWithout).toEqual([])
    expect(seenByA).toEqual([])
    expect(seenByAdmin).toEqual([{ action: 'auth.signature' }])
  })

  it("refuses an entry for portal B inside portal A's transaction", async () => {
    const write = inPortalTransaction(handle.db, A, (trx) =>
      insertAuditEntry(trx, entry(B, 'data.delete')))

    await expect(write).rejects.toThrow(TypeError)
  })

  it('refuses an entry for B written straight past the scope check', async () => {
    const write = inPortalTransaction(handle.db, A, (trx) =>
      sql`insert into audit_log (portal_id, action, outcome) values (${B}, 'data.read',
        'success')`.execute(trx))

    await expect(write).rejects.toThrow(/row-level security/)
  })
})
