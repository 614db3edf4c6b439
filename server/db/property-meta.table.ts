import type { Insertable, Selectable } from 'kysely'

import type { ObjectType } from '../../shared/crm.ts'
import type { Timestamp } from './column-types.ts'

export interface PropertyMetaTable {
  portal_id: number
  object_type: ObjectType
  name: string
  label: string
  type: string
  field_type: string
  group_name: string
  options_count: number
  external_options: boolean
  hidden: boolean
  calculated: boolean
  read_only_value: boolean
  hubspot_defined: boolean
  archived: boolean
  has_unique_value: boolean
  fill_rate: number | null
  updated_at: Timestamp
}

export type PropertyMetaRow = Selectable<PropertyMetaTable>
export type NewPropertyMetaRow = Insertable<PropertyMetaTable>
