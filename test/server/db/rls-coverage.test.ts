import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Database } from '../../../server/db/database.ts'
import { APP_ROLE } from '../../../server/db/portal-scope.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'

// Tables that hold no tenant data and so carry no portal_id. Anything else without a
// portal_id fails below: a tenant table must not slip past RLS by lacking the column.
const NON_TENANT_TABLES = ['oauth_states', 'schema_migrations']
// How Postgres prints the policy expression back (pg_policies.qual and with_check).
const PORTAL_SETTING = new RegExp(
  "portal_id = \\(?NULLIF\\(current_setting\\('app\\.portal_id'::text, true\\), ''::text\\)\\)?" +
    '::bigint',
  'i',
)

let handle: TestDatabase

beforeAll(async () => {
  handle = await createTestDatabase()
})

afterAll(async () => {
  await handle.close()
})

interface TableSecurity {
  table: string
  tenant: boolean
  rowSecurity: boolean
  forced: boolean
  isolation: boolean
}

/** How each base table of the schema is protected, as the catalogs say. */
async function tableSecurity(db: Kysely<Database>): Promise<TableSecurity[]> {
  const { rows } = await sql<{
    table: string
    tenant: boolean
    row_security: boolean
    forced: boolean
    using_expr: string | null
    check_expr: string | null
  }>`
    select c.relname as table,
      exists (select from information_schema.columns col
              where col.table_schema = n.nspname and col.table_name = c.relname
                and col.column_name = 'portal_id') as tenant,
      c.relrowsecurity as row_security,
      c.relforcerowsecurity as forced,
      p.qual as using_expr,
      p.with_check as check_expr
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_policies p
      on p.schemaname = n.nspname and p.tablename = c.relname
        and p.policyname = 'portal_isolation' and p.cmd = 'ALL' and p.roles = '{public}'
    where n.nspname = current_schema() and c.relkind = 'r'
    order by c.relname`.execute(db)

  return rows.map((row) => ({
    table: row.table,
    tenant: row.tenant,
    rowSecurity: row.row_security,
    forced: row.forced,
    isolation: PORTAL_SETTING.test(row.using_expr ?? '') &&
      PORTAL_SETTING.test(row.check_expr ?? ''),
  }))
}

class Flagged extends Error {
  readonly tables: string[]

  constructor(tables: string[]) {
    super(`unprotected: ${tables.join(', ')}`)
    this.tables = tables
  }
}

function unprotected(tables: readonly TableSecurity[]): string[] {
  return tables
    .filter((t) => t.tenant ? !(t.rowSecurity && t.forced && t.isolation)
      : !NON_TENANT_TABLES.includes(t.table))
    .map((t) => t.table)
}

describe('row-level security coverage', () => {
  it('enables, forces and scopes by portal every table with a portal_id', async () => {
    const tables = await tableSecurity(handle.admin)

    expect(tables.filter((t) => t.tenant).length).toBeGreaterThanOrEqual(9)
    expect(unprotected(tables)).toEqual([])
  })

  it('flags a table added later with a portal_id but no policy', async () => {
    // The check itself must be able to fail. Throwing rolls the two tables back.
    const outcome = handle.admin.transaction().execute(async (trx) => {
      await sql`create table late_reports (portal_id bigint not null)`.execute(trx)
      await sql`create table late_notes (body text)`.execute(trx)

      throw new Flagged(unprotected(await tableSecurity(trx)))
    })

    await expect(outcome).rejects.toEqual(new Flagged(['late_notes', 'late_reports']))
    expect(unprotected(await tableSecurity(handle.admin))).toEqual([])
  })

  it('gives the app role no superuser, no BYPASSRLS and no table of its own', async () => {
    const { rows } = await sql<{ super: boolean; bypass: boolean; owned: number }>`
      select r.rolsuper as super, r.rolbypassrls as bypass,
        (select count(*) from pg_class c where c.relowner = r.oid) as owned
      from pg_roles r where r.rolname = ${APP_ROLE}`.execute(handle.admin)

    expect(rows).toEqual([{ super: false, bypass: false, owned: 0 }])
  })
})
