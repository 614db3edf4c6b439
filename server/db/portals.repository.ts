import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { PortalDetails } from '../../shared/crm.ts'
import type { Database } from './database.ts'
import { forPortal } from './portal-scope.ts'
import type { ConnectionStatus, NewPortalRow, PortalRow } from './portals.table.ts'

export type { ConnectionStatus } from './portals.table.ts'

const CONNECTION_STATUSES: readonly ConnectionStatus[] =
  ['connected', 'needs_reconnect', 'disconnected']

/** A portal as stored: the account details plus when we first and last saw them. */
export interface Portal extends PortalDetails {
  readonly connectionStatus: ConnectionStatus
  readonly createdAt: string
  readonly updatedAt: string
}

/** Inserts the portal or refreshes its details; a portal must exist before its scans. */
export async function upsertPortal(db: Kysely<Database>, portal: PortalDetails): Promise<void> {
  const details = detailColumns(portal)

  await forPortal(db, portal.portalId, (db) =>
    db
      .insertInto('portals')
      .values({ portal_id: portal.portalId, ...details })
      .onConflict((oc) =>
        oc.column('portal_id').doUpdateSet({ ...details, updated_at: sql`now()` }),
      )
      .execute(),
  )
}

export async function findPortal(db: Kysely<Database>, portalId: number): Promise<Portal | null> {
  const row = await forPortal(db, portalId, (db) =>
    db.selectFrom('portals').selectAll().where('portal_id', '=', portalId).executeTakeFirst(),
  )

  return row ? fromRow(row) : null
}

/** Records whether the portal's OAuth grant works; false when the portal is unknown. */
export async function setConnectionStatus(
  db: Kysely<Database>,
  portalId: number,
  status: ConnectionStatus,
): Promise<boolean> {
  if (!CONNECTION_STATUSES.includes(status)) {
    throw new TypeError(`unknown connection status ${String(status)}`)
  }

  const result = await forPortal(db, portalId, (db) =>
    db
      .updateTable('portals')
      .set({ connection_status: status, updated_at: sql`now()` })
      .where('portal_id', '=', portalId)
      .executeTakeFirst(),
  )

  return result.numUpdatedRows > 0n
}

function detailColumns(portal: PortalDetails): Omit<NewPortalRow, 'portal_id'> {
  return {
    account_type: portal.accountType,
    time_zone: portal.timeZone,
    company_currency: portal.companyCurrency,
    ui_domain: portal.uiDomain,
    data_hosting_location: portal.dataHostingLocation,
  }
}

function fromRow(row: PortalRow): Portal {
  return {
    portalId: row.portal_id,
    accountType: row.account_type,
    timeZone: row.time_zone,
    companyCurrency: row.company_currency,
    uiDomain: row.ui_domain,
    dataHostingLocation: row.data_hosting_location,
    connectionStatus: row.connection_status,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
