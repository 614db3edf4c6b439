import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely'

import type { Timestamp } from './column-types.ts'

/** Whether the portal's OAuth grant works; set by the token service, read by cards. */
export type ConnectionStatus = 'connected' | 'needs_reconnect' | 'disconnected'

export interface PortalsTable {
  portal_id: number
  account_type: string
  time_zone: string
  company_currency: string
  ui_domain: string
  data_hosting_location: string
  connection_status: ColumnType<ConnectionStatus, ConnectionStatus | undefined, ConnectionStatus>
  created_at: Timestamp
  updated_at: Timestamp
}

export type PortalRow = Selectable<PortalsTable>
export type NewPortalRow = Insertable<PortalsTable>
export type PortalRowUpdate = Updateable<PortalsTable>
