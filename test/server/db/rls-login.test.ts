import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'
import { seedEveryTenantTable } from './rls-seed.ts'

// A plain pg client that logs in as portalpilot_app, with no PortalPilot code between it and
// the database: what anyone holding the service's credentials could do. Postgres only
// (PGlite has no logins; rls.test.ts covers its role switch).

const A = 811
const B = 812
const TENANT_TABLES = ['scans', 'check_results', 'portal_members', 'oauth_tokens', 'audit_log']

let handle: TestDatabase
let client: pg.Client

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) return

  handle = await createTestDatabase()
  await seedEveryTenantTable(handle.db, [A, B])
  const url = new URL(handle.url ?? '')
  url.username = 'portalpilot_app'
  url.password = ''
  client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
  await handle?.close()
})

async function portalsSeen(table: string): Promise<number[]> {
  const result = await client.query<{ portal_id: string }>(
    `select distinct portal_id from ${table} order by portal_id`,
  )

  return result.rows.map((row) => Number(row.portal_id))
}

describe.runIf(process.env.TEST_DATABASE_URL)('a direct login as portalpilot_app', () => {
  it('is a plain role: no superuser, no BYPASSRLS', async () => {
    const { rows } = await client.query(
      `select session_user as login, rolsuper, rolbypassrls
       from pg_roles where rolname = session_user`,
    )

    expect(rows).toEqual([{ login: 'portalpilot_app', rolsuper: false, rolbypassrls: false }])
  })

  it('sees no tenant row before it names a portal', async () => {
    for (const table of TENANT_TABLES) expect({ table, seen: await portalsSeen(table) })
      .toEqual({ table, seen: [] })
  })

  it("sees, changes and deletes only the named portal's rows", async () => {
    await client.query('begin')
    try {
      await client.query(`select set_config('app.portal_id', $1, true)`, [String(A)])
      for (const table of TENANT_TABLES) {
        expect({ table, seen: await portalsSeen(table) }).toEqual({ table, seen: [A] })
      }
      const updated = await client.query(
        `update scans set progress_step = null where portal_id = $1`, [B])
      const deleted = await client.query(`delete from portal_members where portal_id = $1`, [B])

      expect([updated.rowCount, deleted.rowCount]).toEqual([0, 0])
    } finally {
      await client.query('rollback')
    }
  })

  it('cannot write a row for another portal', async () => {
    await client.query('begin')
    const insert = client
      .query(`select set_config('app.portal_id', $1, true)`, [String(A)])
      .then(() => client.query(
        `insert into portal_members (portal_id, user_id, role) values ($1, 5, 'admin')`, [B]))

    await expect(insert).rejects.toThrow(/row-level security/)
    await client.query('rollback')
  })

  it('cannot lift the policies: it owns no table', async () => {
    const disable = client.query('alter table scans disable row level security')

    await expect(disable).rejects.toThrow(/must be owner/)
  })
})
