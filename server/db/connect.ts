import { mkdir } from 'node:fs/promises'

import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import type { Dialect, LogEvent } from 'kysely'
import pg from 'pg'

import type { Database } from './database.ts'
import { INT8_OID, parseInt8 } from './int8.ts'

export interface DatabaseHandle {
  db: Kysely<Database>
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
  databaseUrl?: string
  dataDir?: string
  /** An open PGlite to use instead of opening one from dataDir (see openPglite). */
  pglite?: PGlite
  log?: (event: QueryLogEvent) => void
}

const MEMORY_DIR = 'memory://'
const DEFAULT_DATA_DIR = '.data/'

/**
 * DATABASE_URL set -> pg Pool; unset -> PGlite persisted in dataDir (default '.data/'),
 * or in memory when dataDir is 'memory://'. Creates the folder when missing.
 */
export async function connectDatabase(opts: ConnectOptions): Promise<DatabaseHandle> {
  const engine = opts.databaseUrl ? 'postgres' : 'pglite'
  const dialect = opts.databaseUrl
    ? postgresDialect(opts.databaseUrl)
    : new PGliteDialect({ pglite: opts.pglite ?? (await openPglite(opts.dataDir)) })
  const log = opts.log
  const db = new Kysely<Database>({
    dialect,
    log: log ? (event) => log(toQueryLogEvent(event)) : undefined,
  })

  return { db, engine, close: () => db.destroy() }
}

function postgresDialect(connectionString: string): Dialect {
  const pool = new pg.Pool({
    connectionString,
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
