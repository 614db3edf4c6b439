import { randomBytes } from 'node:crypto'

import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAuditLog, pruneAuditLog } from '../../../server/audit/audit-log.ts'
import { connectDatabase } from '../../../server/db/connect.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { memberPortals } from '../../../server/db/members.repository.ts'
import { migrate } from '../../../server/db/migrate.ts'
import { inPortalTransaction } from '../../../server/db/portal-scope.ts'
import { SHARED_USER_ID, seedEveryTenantTable } from './rls-seed.ts'

// The production shape: tables owned by a plain role (no superuser), the service on that
// same role without appDatabaseUrl. FORCE ROW LEVEL SECURITY then binds the owner too, and
// only the admin pool (app.maintenance on) works across portals. Superusers bypass RLS, so
// this needs Postgres and a role of its own.

const A = 821
const B = 822
const serverUrl = process.env.TEST_DATABASE_URL
const suffix = randomBytes(5).toString('hex')
const owner = `pp_owner_${suffix}`
const database = `pp_test_rls_owner_${suffix}`

let handle: DatabaseHandle

async function asSuperuser(statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    for (const statement of statements) await client.query(statement)
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  if (!serverUrl) return

  // What an operator does once: the two roles, a database the owner owns, and membership
  // so the owner may switch to the app role. The role block tolerates a parallel creator.
  await asSuperuser([
    `do $$ begin create role portalpilot_app login;
     exception when duplicate_object or unique_violation then null; end $$`,
    `create role ${owner} login`,
    `create database ${database} owner ${owner}`,
    `grant portalpilot_app to ${owner}`,
  ])
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  url.username = owner
  handle = await connectDatabase({ databaseUrl: url.toString() })
  await migrate(handle.admin)
  await seedEveryTenantTable(handle.db, [A, B])
  await createAuditLog({ db: handle.db }).record({
    portalId: null,
    action: 'auth.signature',
    outcome: 'denied',
  })
})

afterAll(async () => {
  if (!serverUrl) return

  await handle?.close()
  await asSuperuser([
    `drop database if exists ${database} with (force)`,
    `drop role if exists ${owner}`,
  ])
})

describe.runIf(serverUrl)('a plain owner role under FORCE ROW LEVEL SECURITY', () => {
  it('owns every table the migrations made', async () => {
    const { rows } = await sql<{ tableowner: string }>`
      select distinct tableowner from pg_tables where schemaname = current_schema()`
      .execute(handle.admin)

    expect(rows).toEqual([{ tableowner: owner }])
  })

  it('reads no tenant row on the service pool outside a portal scope', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from scans`.execute(handle.db)

    expect(rows).toEqual([{ n: 0 }])
  })

  it('reads every portal on the admin pool, for maintenance', async () => {
    const { rows } = await sql<{ portal_id: number | null }>`
      select distinct portal_id from audit_log order by portal_id`.execute(handle.admin)

    expect(rows.map((row) => row.portal_id)).toEqual([A, B, null])
    expect(await memberPortals(handle.admin, SHARED_USER_ID)).toEqual([A, B])
    expect(await memberPortals(handle.db, SHARED_USER_ID)).toEqual([])
  })

  it('is scoped again on the admin pool once a portal scope switches roles', async () => {
    const seen = await inPortalTransaction(handle.admin, A, async (trx) => {
      const { rows } = await sql<{ portal_id: number }>`
        select distinct portal_id from portal_members`.execute(trx)

      return rows.map((row) => row.portal_id)
    })

    expect(seen).toEqual([A])
  })

  it('prunes the audit entries of every portal and of none on the admin pool', async () => {
    // Every entry is from just now, so "older than 1 day" as seen 2 days ahead is all 3.
    const now = new Date(Date.now() + 2 * 86_400_000)

    expect(await pruneAuditLog(handle.db, { olderThanDays: 1, now })).toBe(0)
    expect(await pruneAuditLog(handle.admin, { olderThanDays: 1, now })).toBe(3)
  })
})
