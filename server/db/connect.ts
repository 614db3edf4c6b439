import { mkdir } from 'node:fs/promises'

import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import type { Dialect, LogEvent } from 'kysely'
import pg from 'pg'

import type { Database } from './database.ts'
import { INT8_OID, parseInt8 } from './int8.ts'

export interface DatabaseHandle {
  /**
   * The service's connection. Every tenant query goes through the portal scope
   * (portal-scope.ts), which runs it as portalpilot_app under row-level security.
   */
  db: Kysely<Database>
  /**
   * The owner connection, for migrations and for maintenance across portals (key
   * rotation, audit pruning, a user's portals). Its sessions set app.maintenance, which
   * the owner_maintenance policies require; a superuser bypasses RLS anyway. Never hand it
   * to request handlers. On PGlite it is the same instance as `db` (one connection).
   */
  admin: Kysely<Database>
  engine: 'postgres' | 'pglite'
  close(): Promise<void>
}

/** What the log hook sees of a query: its SQL with placeholders, never the bound values. */
export interface QueryLogEvent {
  sql: string
  durationMs: number
  failed: boolean
}

export interface ConnectOptions {
  /** The owner's Postgres connection string (unset: PGlite). */
  databaseUrl?: string
  /**
   * Postgres only: a connection string that logs in as portalpilot_app. When set, `db`
   * uses it, so the service's queries never run as the owner; `admin` keeps databaseUrl.
   */
  appDatabaseUrl?: string
  dataDir?: string
  /** An open PGlite to use instead of opening one from dataDir (see openPglite). */
  pglite?: PGlite
  log?: (event: QueryLogEvent) => void
}

const MEMORY_DIR = 'memory://'
const DEFAULT_DATA_DIR = '.data/'

/**
 * DATABASE_URL set -> pg pools (the owner's, and the app role's when appDatabaseUrl is
 * set); unset -> PGlite persisted in dataDir (default '.data/'), or in memory when dataDir
 * is 'memory://'. Creates the folder when missing.
 */
export async function connectDatabase(opts: ConnectOptions): Promise<DatabaseHandle> {
  const log = opts.log
  const kysely = (dialect: Dialect) =>
    new Kysely<Database>({
      dialect,
      log: log ? (event) => log(toQueryLogEvent(event)) : undefined,
    })

  if (!opts.databaseUrl) {
    if (opts.appDatabaseUrl) throw new TypeError('appDatabaseUrl needs databaseUrl (Postgres)')

    const pglite = opts.pglite ?? (await openPglite(opts.dataDir))
    // One connection: a second Kysely on it would interleave with the first's transactions.
    const db = kysely(new PGliteDialect({ pglite }))

    return { db, admin: db, engine: 'pglite', close: () => db.destroy() }
  }

  const admin = kysely(postgresDialect(opts.databaseUrl, { maintenance: true }))
  const db = kysely(postgresDialect(opts.appDatabaseUrl ?? opts.databaseUrl))

  return {
    db,
    admin,
    engine: 'postgres',
    close: async () => {
      await Promise.all([db.destroy(), admin.destroy()])
    },
  }
}

function postgresDialect(connectionString: string, session = { maintenance: false }): Dialect {
  const pool = new pg.Pool({
    connectionString,
    // A session setting of the admin pool only: the service pool never carries it.
    ...(session.maintenance ? { options: '-c app.maintenance=on' } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as
        typeof pg.types.getTypeParser,
    },
  })
  // An idle client whose connection dies (server restart, terminated backend) is reported
  // here; without a listener that event would crash the process. The pool has already
  // dropped the client and opens a new one for the next query.
  pool.on('error', () => {})

  return new PostgresDialect({ pool })
}

/**
 * Opens PGlite the way connectDatabase does: in dataDir (created when missing) or in memory
 * for 'memory://', optionally starting from a dump of another instance's data dir (tests
 * start from a migrated template: loading a dump is several times faster than initdb).
 */
export async function openPglite(
  dataDir: string = DEFAULT_DATA_DIR,
  dump?: Blob,
): Promise<PGlite> {
  // PGlite.create fails when the parent folder is missing, so make the whole path.
  if (dataDir !== MEMORY_DIR) await mkdir(dataDir, { recursive: true })

  return PGlite.create(dataDir, {
    parsers: { [INT8_OID]: parseInt8 },
    ...(dump ? { loadDataDir: dump } : {}),
  })
}

function toQueryLogEvent(event: LogEvent): QueryLogEvent {
  // Only the SQL text leaves: parameters may carry ids or, one day, tokens.
  return {
    sql: event.query.sql,
    durationMs: event.queryDurationMillis,
    failed: event.level === 'error',
  }
}
