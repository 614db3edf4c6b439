import type { Insertable, Selectable } from 'kysely'

import type { Timestamp } from './column-types.ts'

export interface SchemaMigrationsTable {
  name: string
  sha256: string
  applied_at: Timestamp
}

export type SchemaMigrationRow = Selectable<SchemaMigrationsTable>
export type NewSchemaMigrationRow = Insertable<SchemaMigrationsTable>
