import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  isMember,
  memberPortals,
  memberRole,
  removeMember,
  upsertMember,
} from '../../../server/db/members.repository.ts'
import type { MemberRole } from '../../../server/db/members.repository.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import type { TestDatabase } from '../../support/database.ts'
import { createPortalDetails } from './fixtures.ts'

const A = 831
const B = 832
const C = 833
const ALICE = 9_100_001
const BOB = 9_100_002
let handle: TestDatabase

beforeAll(async () => {
  handle = await createTestDatabase()
  for (const portalId of [A, B, C]) {
    await upsertPortal(handle.db, createPortalDetails({ portalId }))
  }
  await upsertMember(handle.db, C, ALICE, 'member')
  await upsertMember(handle.db, A, ALICE, 'admin')
  await upsertMember(handle.db, B, BOB, 'member')
})

afterAll(async () => {
  await handle.close()
})

describe('portal members', () => {
  it("answers membership for the portal's own users only", async () => {
    expect(await isMember(handle.db, A, ALICE)).toBe(true)
    expect(await isMember(handle.db, A, BOB)).toBe(false)
    expect(await isMember(handle.db, B, BOB)).toBe(true)
    expect(await memberRole(handle.db, A, ALICE)).toBe('admin')
    expect(await memberRole(handle.db, B, ALICE)).toBeNull()
  })

  it('changes the role of an existing member instead of adding a second row', async () => {
    await upsertMember(handle.db, B, BOB, 'admin')

    expect(await memberRole(handle.db, B, BOB)).toBe('admin')
    expect(await memberPortals(handle.admin, BOB)).toEqual([B])
  })

  it("lists a user's portals in order on the owner connection", async () => {
    expect(await memberPortals(handle.admin, ALICE)).toEqual([A, C])
    expect(await memberPortals(handle.admin, 9_100_999)).toEqual([])
  })

  it('removes a member from one portal only', async () => {
    await upsertMember(handle.db, B, ALICE, 'member')

    expect(await removeMember(handle.db, B, ALICE)).toBe(true)
    expect(await removeMember(handle.db, B, ALICE)).toBe(false)
    expect(await memberPortals(handle.admin, ALICE)).toEqual([A, C])
  })

  it('refuses a member of a portal that was never stored', async () => {
    await expect(upsertMember(handle.db, 839, ALICE, 'member')).rejects.toThrow(/foreign key/)
  })

  it.each([
    [0, 'member'],
    [-5, 'member'],
    [1.5, 'member'],
    [ALICE, 'owner'],
  ])('throws TypeError for user %s with role %s', async (userId, role) => {
    await expect(upsertMember(handle.db, A, userId, role as MemberRole)).rejects.toThrow(
      TypeError,
    )
  })
})
