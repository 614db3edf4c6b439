import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

import type { Timestamp } from './column-types.ts'

/** The masked detail of an entry: flat, with scalar values only. */
export type AuditDetail = Record<string, string | number | boolean | null>

export interface AuditLogTable {
  id: Generated<number>
  portal_id: number | null
  user_id: string | null
  at: Timestamp
  action: string
  outcome: string
  detail: ColumnType<AuditDetail, string | undefined, string>
}

export type AuditLogRow = Selectable<AuditLogTable>
export type NewAuditLogRow = Insertable<AuditLogTable>
