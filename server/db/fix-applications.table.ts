import type { ColumnType, Insertable, Selectable } from 'kysely'

import type { Timestamp } from './column-types.ts'

export interface FixApplicationsTable {
  portal_id: number
  idempotency_key: string
  preview_digest: string
  /** The FixResult as JSON; null while the fix is being applied. */
  result: ColumnType<unknown, string | null, string | null>
  created_at: Timestamp
}

export type FixApplicationRow = Selectable<FixApplicationsTable>
export type NewFixApplicationRow = Insertable<FixApplicationsTable>
