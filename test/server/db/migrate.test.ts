import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { MIGRATIONS_DIR, MigrationError, migrate } from '../../../server/db/migrate.ts'
import { createTestDatabase } from '../../support/database.ts'

let handle: DatabaseHandle
let dir: string

beforeEach(async () => {
  handle = await createTestDatabase({ migrate: false })
  dir = await mkdtemp(join(tmpdir(), 'pp-migrations-'))
})

afterEach(async () => {
  await handle.close()
  await rm(dir, { recursive: true, force: true })
})

const write = (name: string, text: string) => writeFile(join(dir, name), text)

async function tableExists(name: string): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass(${name})::text as found`.execute(handle.db)

  return rows[0]?.found != null
}

async function appliedNames(): Promise<string[]> {
  const rows = await handle.db
    .selectFrom('schema_migrations')
    .select('name')
    .orderBy('name')
    .execute()

  return rows.map((row) => row.name)
}

describe('migrate', () => {
  it('applies every migration of the repository once, in order', async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql')).sort()

    const first = await migrate(handle.db)
    const second = await migrate(handle.db)

    expect(files.length).toBeGreaterThanOrEqual(5)
    expect(first.applied).toEqual(files)
    expect(second.applied).toEqual([])
    expect(await tableExists('duplicate_groups')).toBe(true)
  })

  it('records the sha256 of each applied file', async () => {
    const text = 'create table things (id int primary key);\n'
    await write('0001_create_things.sql', text)

    await migrate(handle.db, dir)

    const row = await handle.db.selectFrom('schema_migrations').selectAll().executeTakeFirst()
    expect(row?.sha256).toBe(createHash('sha256').update(text).digest('hex'))
  })

  it('refuses to run when an applied file changed, and applies nothing', async () => {
    await write('0001_create_things.sql', 'create table things (id int);')
    await migrate(handle.db, dir)
    await write('0001_create_things.sql', 'create table things (id bigint);')
    await write('0002_create_others.sql', 'create table others (id int);')

    const run = migrate(handle.db, dir)

    await expect(run).rejects.toThrow(MigrationError)
    await expect(run).rejects.toThrow(
      /0001_create_things\.sql changed after it was applied .*new migration/,
    )
    expect(await tableExists('others')).toBe(false)
  })

  it('leaves nothing of a failing migration behind, then applies it once fixed', async () => {
    await write('0001_create_things.sql', 'create table things (id int);')
    await write(
      '0002_create_others.sql',
      'create table others (id int);\ninsert into things values (1);\nselect no_such_fn();',
    )

    await expect(migrate(handle.db, dir)).rejects.toThrow(
      /0002_create_others\.sql failed and was rolled back: .*no_such_fn/,
    )
    expect(await appliedNames()).toEqual(['0001_create_things.sql'])
    expect(await tableExists('others')).toBe(false)
    const things = await sql`select * from things`.execute(handle.db)
    expect(things.rows).toEqual([])

    await write('0002_create_others.sql', 'create table others (id int);')
    expect((await migrate(handle.db, dir)).applied).toEqual(['0002_create_others.sql'])
  })

  it('refuses a new migration numbered before the last applied one', async () => {
    await write('0002_create_things.sql', 'create table things (id int);')
    await migrate(handle.db, dir)
    await write('0001_create_others.sql', 'create table others (id int);')

    await expect(migrate(handle.db, dir)).rejects.toThrow(
      /0001_create_others\.sql is new but sorts before the applied 0002_create_things\.sql/,
    )
  })

  it('refuses an applied migration whose file is gone', async () => {
    await write('0001_create_things.sql', 'create table things (id int);')
    await migrate(handle.db, dir)
    await unlink(join(dir, '0001_create_things.sql'))

    await expect(migrate(handle.db, dir)).rejects.toThrow(/0001_create_things\.sql .* missing/)
  })

  it.each(['1_create_things.sql', '0001-create-things.sql', '0001_things.sql'])(
    'refuses the badly named file %s',
    async (name) => {
      await write(name, 'create table things (id int);')

      await expect(migrate(handle.db, dir)).rejects.toThrow(/not named NNNN_verb_noun\.sql/)
      expect(await tableExists('things')).toBe(false)
    },
  )

  it('refuses two files with the same number', async () => {
    await write('0001_create_things.sql', 'create table things (id int);')
    await write('0001_create_others.sql', 'create table others (id int);')

    await expect(migrate(handle.db, dir)).rejects.toThrow(/share the number 0001/)
  })

  it('runs files whose strings, comments and dollar quotes hold semicolons', async () => {
    await write(
      '0001_create_things.sql',
      [
        '-- a comment; with a semicolon',
        "create table things (label text default 'a;b');",
        '/* block; comment */',
        'create function things_count() returns bigint language sql',
        '  as $body$ select count(*) from things; $body$;',
        "insert into things values ('x;y');",
      ].join('\n'),
    )

    await migrate(handle.db, dir)

    const { rows } = await sql<{ n: number }>`select things_count() as n`.execute(handle.db)
    expect(rows).toEqual([{ n: 1 }])
  })

  it('applies each file once when two migrators start together', async () => {
    await write('0001_create_things.sql', 'create table things (id int);')
    await write('0002_create_others.sql', 'create table others (id int);')

    const results = await Promise.all([migrate(handle.db, dir), migrate(handle.db, dir)])

    const applied = results.flatMap((result) => result.applied).sort()
    expect(applied).toEqual(['0001_create_things.sql', '0002_create_others.sql'])
  })

  it('refuses to run inside a transaction', async () => {
    const run = handle.db.transaction().execute((trx) => migrate(trx, dir))

    await expect(run).rejects.toThrow(TypeError)
  })

  it('hashes the bytes on disk, so a whitespace edit counts as a change', async () => {
    await write('0001_create_things.sql', 'create table things (id int);')
    await migrate(handle.db, dir)
    const text = await readFile(join(dir, '0001_create_things.sql'), 'utf8')
    await write('0001_create_things.sql', `${text}\n`)

    await expect(migrate(handle.db, dir)).rejects.toThrow(/changed after it was applied/)
  })
})
