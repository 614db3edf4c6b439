import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import { APP_ROLE } from './portal-scope.ts'

/** One round trip, to prove the database answers (the health check). */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db)
}

/** Whether this connection logs in as the application role (RLS applies to everything). */
export async function connectedAsAppRole(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ role: string }>`select current_user as role`.execute(db)

  return rows[0]?.role === APP_ROLE
}
