import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { Database } from './database.ts'

/** One round trip, to prove the database answers (the health check). */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db)
}
