import { fileURLToPath } from 'node:url'

import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import { MigrationError, pendingMigrations, readMigrationFiles } from './migration-files.ts'
import type { MigrationFile } from './migration-files.ts'
import { splitSqlStatements } from './split-sql.ts'

export { MigrationError } from './migration-files.ts'

/** The repository's migrations/ folder. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url))

/** Serializes migrators started at once (several app instances on one Postgres). */
const MIGRATION_LOCK_KEY = 7_355_608_001

/**
 * Applies migrations/*.sql in order, once each, in a transaction per file; records a
 * sha256 of each applied file and refuses to start when an applied file changed.
 */
export async function migrate(
  db: Kysely<Database>,
  dir: string = MIGRATIONS_DIR,
): Promise<{ applied: string[] }> {
  if (db.isTransaction) throw new TypeError('migrate() needs the database, not a transaction')

  const files = await readMigrationFiles(dir)

  // One connection throughout: a session advisory lock belongs to the connection taking it.
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn)
    try {
      await createHistoryTable(conn)
      const applied = await conn
        .selectFrom('schema_migrations')
        .select(['name', 'sha256'])
        .execute()
      const pending = pendingMigrations(files, applied)
      for (const file of pending) await applyFile(conn, file)

      return { applied: pending.map((file) => file.name) }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn)
    }
  })
}

async function createHistoryTable(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('applied_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute()
}

async function applyFile(db: Kysely<Database>, file: MigrationFile): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      for (const statement of splitSqlStatements(file.sql)) {
        await sql.raw(statement).execute(trx)
      }
      await trx
        .insertInto('schema_migrations')
        .values({ name: file.name, sha256: file.sha256 })
        .execute()
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new MigrationError(
      file.name,
      `Migration ${file.name} failed and was rolled back: ${reason}`,
      error,
    )
  }
}
