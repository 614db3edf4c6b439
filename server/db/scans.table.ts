import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

import type { NullableTimestamp, Timestamp } from './column-types.ts'

export type ScanKind = 'sample' | 'full'
export type ScanStatus = 'running' | 'finished' | 'failed'

export interface ScansTable {
  id: Generated<number>
  portal_id: number
  kind: ScanKind
  status: ColumnType<ScanStatus, ScanStatus | undefined, ScanStatus>
  progress_step: string | null
  progress_done: number | null
  progress_total: number | null
  started_at: Timestamp
  finished_at: NullableTimestamp
  error_code: string | null
  scanned_at: NullableTimestamp
  score: number | null
  fill_score: number | null
  validity_score: number | null
  duplicates_score: number | null
  associations_score: number | null
  pipeline_score: number | null
  ownership_score: number | null
  full_coverage_checks: string[] | null
}

export type ScanRow = Selectable<ScansTable>
export type NewScanRow = Insertable<ScansTable>
export type ScanRowUpdate = Updateable<ScansTable>
