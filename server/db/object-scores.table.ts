import type { Insertable, Selectable } from 'kysely'

import type { ObjectType } from '../../shared/crm.ts'

export interface ObjectScoresTable {
  scan_id: number
  portal_id: number
  object_type: ObjectType
  score: number | null
  total: number
  sample_size: number
  records_with_problems: number
}

export type ObjectScoreRow = Selectable<ObjectScoresTable>
export type NewObjectScoreRow = Insertable<ObjectScoresTable>
