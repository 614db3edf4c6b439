import { sql } from 'kysely'
import type { RawBuilder } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { createTestDatabase } from '../../support/database.ts'

let handle: DatabaseHandle

beforeAll(async () => {
  handle = await createTestDatabase()
})

afterAll(async () => {
  await handle.close()
})

/** The plan Postgres picks when table scans are priced out, as one string. */
async function planWithoutSeqScan(query: RawBuilder<unknown>): Promise<string> {
  return handle.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx)
    const { rows } = await sql<Record<string, string>>`explain ${query}`.execute(trx)

    return rows.map((row) => Object.values(row).join(' ')).join('\n')
  })
}

describe('schema', () => {
  it('gives every tenant table a non-null bigint portal_id that references portals', async () => {
    const { rows } = await sql<{ table_name: string; data_type: string; is_nullable: string }>`
      select c.table_name, c.data_type, c.is_nullable
      from information_schema.columns c
      where c.table_schema = current_schema() and c.column_name = 'portal_id'
        and c.table_name not in ('portals', 'audit_log')
      order by c.table_name`.execute(handle.db)
    const { rows: references } = await sql<{ table_name: string }>`
      select distinct tc.table_name
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'portals'
      order by tc.table_name`.execute(handle.db)

    // audit_log is left out: its portal_id is nullable and has no foreign key on purpose
    // (migrations/0008_create_audit_log.sql); its RLS is tested in rls-coverage.test.ts.
    const tenantTables = [
      'check_results',
      'duplicate_groups',
      'fix_applications',
      'oauth_tokens',
      'object_scores',
      'portal_members',
      'property_meta',
      'scans',
    ]
    expect(rows).toEqual(
      tenantTables.map((table_name) => ({ table_name, data_type: 'bigint', is_nullable: 'NO' })),
    )
    expect(references.map((row) => row.table_name)).toEqual(tenantTables)
  })

  it('answers "groups containing this record id" from the GIN index', async () => {
    const plan = await planWithoutSeqScan(
      sql`select * from duplicate_groups where record_ids @> array[${'42'}]::text[]`,
    )

    expect(plan).toContain('duplicate_groups_record_ids_idx')
  })

  it('answers "latest finished scan of a portal" from its partial index', async () => {
    const plan = await planWithoutSeqScan(sql`
      select * from scans where portal_id = ${7} and status = 'finished'
      order by finished_at desc, id desc limit 1`)

    expect(plan).toContain('scans_portal_finished_idx')
  })

  it('answers "checks of a scan" from the check_results key', async () => {
    const plan = await planWithoutSeqScan(
      sql`select * from check_results where scan_id = ${7} order by object_type, ordinal`,
    )

    expect(plan).toContain('check_results_pkey')
  })
})
