import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectDatabase } from '../../../server/db/connect.ts'
import type { Database } from '../../../server/db/database.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'

// What connectDatabase hands out: `db` for the service, `admin` for maintenance.

let handle: TestDatabase

beforeAll(async () => {
  handle = await createTestDatabase({ loginAsAppRole: true })
})

afterAll(async () => {
  await handle.close()
})

async function session(db: Kysely<Database>) {
  const { rows } = await sql<{ login: string; maintenance: string | null }>`
    select session_user as login,
      current_setting('app.maintenance', true) as maintenance`.execute(db)

  return rows[0]
}

describe('connectDatabase handles', () => {
  it.runIf(!process.env.TEST_DATABASE_URL)(
    'share the one PGlite connection between db and admin',
    () => {
      expect(handle.admin).toBe(handle.db)
    },
  )

  it.runIf(process.env.TEST_DATABASE_URL)(
    'log db in as portalpilot_app and admin in as the owner with maintenance on',
    async () => {
      const owner = new URL(handle.url ?? '').username

      expect(await session(handle.db)).toEqual({ login: 'portalpilot_app', maintenance: null })
      expect(await session(handle.admin)).toEqual({ login: owner, maintenance: 'on' })
    },
  )

  it('refuses appDatabaseUrl without a Postgres databaseUrl', async () => {
    const connect = connectDatabase({
      dataDir: 'memory://',
      appDatabaseUrl: 'postgres://portalpilot_app@127.0.0.1:1/x',
    })

    await expect(connect).rejects.toThrow(TypeError)
  })
})
