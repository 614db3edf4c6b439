import type { Insertable, Selectable } from 'kysely'

import type { Timestamp } from './column-types.ts'

export interface OAuthStatesTable {
  nonce: string
  expires_at: Timestamp
}

export type OAuthStateRow = Selectable<OAuthStatesTable>
export type NewOAuthStateRow = Insertable<OAuthStatesTable>
