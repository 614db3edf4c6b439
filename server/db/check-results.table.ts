import type { Insertable, Selectable } from 'kysely'

import type { ObjectType } from '../../shared/crm.ts'
import type { CheckCategory, Coverage, Severity } from '../../shared/report.ts'

export interface CheckResultsTable {
  scan_id: number
  portal_id: number
  object_type: ObjectType
  ordinal: number
  check_id: string
  category: CheckCategory
  title: string
  metric: string
  threshold: number
  severity: Severity
  affected: number
  sample_size: number
  coverage: Coverage
  pass_rate: number | null
  interval_low: number | null
  interval_high: number | null
  passed: boolean
  summary: string
}

export type CheckResultRow = Selectable<CheckResultsTable>
export type NewCheckResultRow = Insertable<CheckResultsTable>
