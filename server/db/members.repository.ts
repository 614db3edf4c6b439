import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import { forPortal } from './portal-scope.ts'
import type { MemberRole } from './portal-members.table.ts'

export type { MemberRole } from './portal-members.table.ts'

const ROLES: readonly MemberRole[] = ['admin', 'member']

/** Adds the user to the portal or changes their role; the portal must exist. */
export async function upsertMember(
  db: Kysely<Database>,
  portalId: number,
  userId: number,
  role: MemberRole,
): Promise<void> {
  assertUserId(userId)
  if (!ROLES.includes(role)) throw new TypeError(`unknown member role ${String(role)}`)

  await forPortal(db, portalId, (db) =>
    db
      .insertInto('portal_members')
      .values({ portal_id: portalId, user_id: userId, role })
      .onConflict((oc) => oc.columns(['portal_id', 'user_id']).doUpdateSet({ role }))
      .execute(),
  )
}

/** The user's role in the portal, or null when they are not a member. */
export async function memberRole(
  db: Kysely<Database>,
  portalId: number,
  userId: number,
): Promise<MemberRole | null> {
  assertUserId(userId)

  const row = await forPortal(db, portalId, (db) =>
    db
      .selectFrom('portal_members')
      .select('role')
      .where('portal_id', '=', portalId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  )

  return row?.role ?? null
}

export async function isMember(
  db: Kysely<Database>,
  portalId: number,
  userId: number,
): Promise<boolean> {
  return (await memberRole(db, portalId, userId)) !== null
}

export async function removeMember(
  db: Kysely<Database>,
  portalId: number,
  userId: number,
): Promise<boolean> {
  assertUserId(userId)

  const result = await forPortal(db, portalId, (db) =>
    db
      .deleteFrom('portal_members')
      .where('portal_id', '=', portalId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  )

  return result.numDeletedRows > 0n
}

/**
 * The portals the user is a member of, ascending. Row-level security hides every other
 * portal's members from a portal scope, so this needs the owner connection
 * (`DatabaseHandle.admin`); on a portalpilot_app connection it finds nothing.
 */
export async function memberPortals(admin: Kysely<Database>, userId: number): Promise<number[]> {
  assertUserId(userId)

  const rows = await admin
    .selectFrom('portal_members')
    .select('portal_id')
    .where('user_id', '=', userId)
    .orderBy('portal_id')
    .execute()

  return rows.map((row) => row.portal_id)
}

function assertUserId(userId: number): void {
  if (!Number.isSafeInteger(userId) || userId <= 0) {
    throw new TypeError(`userId must be a positive integer, got ${String(userId)}`)
  }
}
