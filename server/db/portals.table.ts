import type { Insertable, Selectable, Updateable } from 'kysely'

import type { Timestamp } from './column-types.ts'

export interface PortalsTable {
  portal_id: number
  account_type: string
  time_zone: string
  company_currency: string
  ui_domain: string
  data_hosting_location: string
  created_at: Timestamp
  updated_at: Timestamp
}

export type PortalRow = Selectable<PortalsTable>
export type NewPortalRow = Insertable<PortalsTable>
export type PortalRowUpdate = Updateable<PortalsTable>
