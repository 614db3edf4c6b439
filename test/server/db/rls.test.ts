import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Database } from '../../../server/db/database.ts'
import {
  APP_ROLE,
  inPortalTransaction,
  withoutPortal,
} from '../../../server/db/portal-scope.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'
import { seedEveryTenantTable } from './rls-seed.ts'

// Row-level security as the database enforces it, statement by statement, on every table
// that has a portal_id column (found in information_schema, so a new tenant table is
// covered without editing this file). The repositories always add `where portal_id = ...`;
// these statements deliberately do not, or name the other portal.

const A = 801
const B = 802
// Append-only for the service: UPDATE and DELETE are not even granted.
const APPEND_ONLY = new Set(['audit_log'])

let handle: TestDatabase
let tenantTables: string[]

beforeAll(async () => {
  handle = await createTestDatabase({ loginAsAppRole: true })
  await seedEveryTenantTable(handle.db, [A, B])
  const { rows } = await sql<{ table_name: string }>`
    select c.table_name
    from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = current_schema() and c.column_name = 'portal_id'
      and t.table_type = 'BASE TABLE'
    order by c.table_name`.execute(handle.admin)
  tenantTables = rows.map((row) => row.table_name)
})

afterAll(async () => {
  await handle.close()
})

async function countAsAdmin(table: string, portalId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from ${sql.table(table)} where portal_id = ${portalId}`
    .execute(handle.admin)

  return rows[0]?.n ?? -1
}

async function insertableColumns(table: string): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
      and is_identity = 'NO' and is_generated = 'NEVER'
    order by ordinal_position`.execute(handle.admin)

  return rows.map((row) => row.column_name)
}

describe('the tenant tables', () => {
  it('include every table the migrations give a portal_id', () => {
    // The nine of issue 3; more may come, fewer means a table lost its portal_id.
    expect(tenantTables).toEqual(expect.arrayContaining([
      'audit_log', 'check_results', 'duplicate_groups', 'oauth_tokens', 'object_scores',
      'portal_members', 'portals', 'property_meta', 'scans',
    ]))
  })

  it('each hold rows of both portals, so the checks below have something to hide', async () => {
    for (const table of tenantTables) {
      expect(await countAsAdmin(table, A), `${table} has no row of A: seed it`).toBeGreaterThan(0)
      expect(await countAsAdmin(table, B), `${table} has no row of B: seed it`).toBeGreaterThan(0)
    }
  })
})

// On Postgres the service can log in as portalpilot_app (handle.db here); on both engines
// an owner or superuser connection gets there through the scope's role switch. PGlite has
// one connection, so there both entries are the same connection.
const connections: [string, () => Kysely<Database>][] = [
  ['the owner connection switched to the app role', () => handle.admin],
  ...(process.env.TEST_DATABASE_URL
    ? [['a login as portalpilot_app', () => handle.db] as [string, () => Kysely<Database>]]
    : []),
]

describe.each(connections)('row-level security on %s', (_name, connection) => {
  it('runs portal statements as the app role, which is no superuser', async () => {
    const role = await inPortalTransaction(connection(), A, async (trx) => {
      const { rows } = await sql<{ role: string; superuser: string }>`
        select current_user as role, current_setting('is_superuser') as superuser`
        .execute(trx)

      return rows[0]
    })

    expect(role).toEqual({ role: APP_ROLE, superuser: 'off' })
  })

  it("shows SELECT none of the other portal's rows, even without a where", async () => {
    for (const table of tenantTables) {
      const seen = await inPortalTransaction(connection(), A, async (trx) => {
        const { rows } = await sql<{ portal_id: number }>`
          select distinct portal_id from ${sql.table(table)}`.execute(trx)

        return rows.map((row) => row.portal_id)
      })

      expect({ table, seen }).toEqual({ table, seen: [A] })
    }
  })

  it("leaves the other portal's rows untouched by UPDATE and DELETE (0 rows)", async () => {
    for (const table of tenantTables.filter((name) => !APPEND_ONLY.has(name))) {
      const counts = await inPortalTransaction(connection(), A, async (trx) => {
        const updated = await sql`
          update ${sql.table(table)} set portal_id = portal_id where portal_id = ${B}`
          .execute(trx)
        const deleted = await sql`delete from ${sql.table(table)} where portal_id = ${B}`
          .execute(trx)

        return { table, updated: updated.numAffectedRows, deleted: deleted.numAffectedRows }
      })

      expect(counts).toEqual({ table, updated: 0n, deleted: 0n })
      expect(await countAsAdmin(table, B), table).toBeGreaterThan(0)
    }
  })

  it('refuses UPDATE and DELETE of audit entries outright', async () => {
    // One at a time: a second statement started early could fail before anything awaits it.
    const update = () => inPortalTransaction(connection(), A, (trx) =>
      sql`update audit_log set outcome = 'success' where portal_id = ${A}`.execute(trx))
    const remove = () => inPortalTransaction(connection(), A, (trx) =>
      sql`delete from audit_log where portal_id = ${A}`.execute(trx))

    await expect(update()).rejects.toThrow(/permission denied/)
    await expect(remove()).rejects.toThrow(/permission denied/)
    expect(await countAsAdmin('audit_log', A)).toBeGreaterThan(0)
  })

  it("refuses an UPDATE that would move the portal's own rows to the other portal", async () => {
    for (const table of tenantTables.filter((name) => !APPEND_ONLY.has(name))) {
      const move = inPortalTransaction(connection(), A, (trx) =>
        sql`update ${sql.table(table)} set portal_id = ${B} where portal_id = ${A}`
          .execute(trx))

      await expect(move, table).rejects.toThrow(/row-level security/)
    }
  })

  it('refuses an INSERT of a row for the other portal', async () => {
    for (const table of tenantTables) {
      const columns = await insertableColumns(table)
      // A copy of one of A's rows, relabelled as B's: only the policy can refuse it first.
      const values = columns.map((column) =>
        column === 'portal_id' ? sql`${B}::bigint` : sql.ref(column))
      const insert = inPortalTransaction(connection(), A, (trx) =>
        sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
          select ${sql.join(values)} from ${sql.table(table)} where portal_id = ${A} limit 1`
          .execute(trx))

      await expect(insert, table).rejects.toThrow(/row-level security/)
    }
  })

  it('shows no rows at all when no portal is named', async () => {
    for (const table of tenantTables) {
      const count = await withoutPortal(connection(), async (trx) => {
        const { rows } = await sql<{ n: number }>`
          select count(*) as n from ${sql.table(table)}`.execute(trx)

        return rows[0]?.n
      })

      expect({ table, count }).toEqual({ table, count: 0 })
    }
  })
})

const onPostgres = Boolean(process.env.TEST_DATABASE_URL)

describe.runIf(onPostgres)('a login as portalpilot_app outside any scope', () => {
  it('sees no tenant row', async () => {
    for (const table of tenantTables) {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from ${sql.table(table)}`.execute(handle.db)

      expect({ table, count: rows[0]?.n }).toEqual({ table, count: 0 })
    }
  })

  it('may not read the migration history', async () => {
    await expect(sql`select * from schema_migrations`.execute(handle.db)).rejects.toThrow(
      /permission denied/,
    )
  })
})
