import type { Insertable, Selectable } from 'kysely'

export type DuplicateObjectType = 'contacts' | 'companies'

export interface DuplicateGroupsTable {
  scan_id: number
  portal_id: number
  object_type: DuplicateObjectType
  ordinal: number
  record_ids: string[]
  confidence: number
  reason: string
}

export type DuplicateGroupRow = Selectable<DuplicateGroupsTable>
export type NewDuplicateGroupRow = Insertable<DuplicateGroupsTable>
