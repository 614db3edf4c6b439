import type { Insertable, Selectable, Updateable } from 'kysely'

import type { Timestamp } from './column-types.ts'

/** One portal's OAuth grant; both tokens are sealed by server/security/token-cipher.ts. */
export interface OAuthTokensTable {
  portal_id: number
  key_id: string
  access_token: string
  refresh_token: string
  expires_at: Date
  lifetime_ms: number
  hub_id: number | null
  user_id: number | null
  scopes: string[]
  created_at: Timestamp
  updated_at: Timestamp
}

export type OAuthTokenRow = Selectable<OAuthTokensTable>
export type NewOAuthTokenRow = Insertable<OAuthTokensTable>
export type OAuthTokenRowUpdate = Updateable<OAuthTokensTable>
