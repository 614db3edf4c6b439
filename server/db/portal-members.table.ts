import type { Insertable, Selectable } from 'kysely'

import type { Timestamp } from './column-types.ts'

/** What a member may do in the service API; 'admin' is the user who installed the app. */
export type MemberRole = 'admin' | 'member'

export interface PortalMembersTable {
  portal_id: number
  user_id: number
  role: MemberRole
  created_at: Timestamp
}

export type PortalMemberRow = Selectable<PortalMembersTable>
export type NewPortalMemberRow = Insertable<PortalMembersTable>
