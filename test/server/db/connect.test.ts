import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectDatabase } from '../../../server/db/connect.ts'
import type { DatabaseHandle, QueryLogEvent } from '../../../server/db/connect.ts'
import { createTestDatabase } from '../../support/database.ts'

describe('connectDatabase', () => {
  let handle: DatabaseHandle

  beforeAll(async () => {
    handle = await createTestDatabase()
  })

  afterAll(async () => {
    await handle.close()
  })

  it('uses the engine the environment asks for', () => {
    const expected = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

    expect(handle.engine).toBe(expected)
  })

  it('reads int8 values as numbers, up to the largest safe integer', async () => {
    const { rows } = await sql<{ big: unknown; counted: unknown }>`
      select 9007199254740991::int8 as big, count(*) as counted
      from (values (1), (2)) as v(n)`.execute(handle.db)

    expect(rows).toEqual([{ big: Number.MAX_SAFE_INTEGER, counted: 2 }])
  })

  it('fails a query whose int8 value does not fit a number instead of rounding it', async () => {
    const query = sql`select 9007199254740993::int8 as big`.execute(handle.db)

    await expect(query).rejects.toThrow(/does not fit/)
  })

  it('reads text arrays and timestamps the same way on both engines', async () => {
    const { rows } = await sql<{ ids: unknown; at: unknown }>`
      select array['1', 'a,b']::text[] as ids,
             '2026-03-01T10:00:00.5Z'::timestamptz as at`.execute(handle.db)

    expect(rows).toEqual([{ ids: ['1', 'a,b'], at: new Date('2026-03-01T10:00:00.500Z') }])
  })
})

describe('connectDatabase with PGlite on disk', () => {
  let root: string

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pp-data-'))
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('creates a missing data folder and keeps the data across restarts', async () => {
    const dataDir = join(root, 'nested', 'missing', 'pgdata')

    const first = await connectDatabase({ dataDir })
    await sql`create table notes (body text)`.execute(first.db)
    await sql`insert into notes values ('kept')`.execute(first.db)
    await first.close()
    const second = await connectDatabase({ dataDir })
    const { rows } = await sql<{ body: string }>`select body from notes`.execute(second.db)
    await second.close()

    expect(second.engine).toBe('pglite')
    expect(rows).toEqual([{ body: 'kept' }])
  })
})

describe('connectDatabase log hook', () => {
  it('forwards the SQL and its duration, never the bound values', async () => {
    const events: QueryLogEvent[] = []
    const secret = 'pat-na1-not-a-real-token'
    const handle = await connectDatabase({
      databaseUrl: process.env.TEST_DATABASE_URL,
      dataDir: 'memory://',
      log: (event) => events.push(event),
    })

    await sql`select ${secret}::text as value`.execute(handle.db)
    await sql`select no_such_column_${sql.raw('x')}`.execute(handle.db).catch(() => {})
    await handle.close()

    expect(events).toHaveLength(2)
    expect(events[0]).toEqual({
      sql: 'select $1::text as value',
      durationMs: expect.any(Number),
      failed: false,
    })
    expect(events[1]?.failed).toBe(true)
    expect(JSON.stringify(events)).not.toContain(secret)
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(['durationMs', 'failed', 'sql'])
  })
})
