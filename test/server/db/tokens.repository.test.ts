import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { findPortal, setConnectionStatus, upsertPortal }
  from '../../../server/db/portals.repository.ts'
import {
  deleteTokens, findTokens, portalsWithTokensNotUnder, updateTokens, upsertTokens,
  withTokenLock,
} from '../../../server/db/tokens.repository.ts'
import type { SealedTokenSet } from '../../../server/db/tokens.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import { createPortalDetails } from './fixtures.ts'

let handle: DatabaseHandle

beforeAll(async () => {
  handle = await createTestDatabase()
  for (const portalId of [21, 22, 23, 24, 25, 26]) {
    await upsertPortal(handle.db, createPortalDetails({ portalId }))
  }
})

afterAll(async () => {
  await handle.close()
})

// Shaped like the cipher's output; the repository only stores what it is given.
const sealed = (keyId: string, n: number): SealedTokenSet => ({
  keyId,
  accessToken: `v1.${keyId}.salt${n}.nonce.tag.access`,
  refreshToken: `v1.${keyId}.salt${n}.nonce.tag.refresh`,
  expiresAtMs: Date.parse('2026-12-04T10:30:00.123Z'),
  lifetimeMs: 1_800_000,
  hubId: 21,
  userId: 9_100_001,
  scopes: ['oauth', 'crm.objects.contacts.read'],
})

describe('upsertTokens and findTokens', () => {
  it('stores a grant and reads it back with the portal connection status', async () => {
    await upsertTokens(handle.db, 21, sealed('k1', 1))

    expect(await findTokens(handle.db, 21)).toEqual({
      ...sealed('k1', 1),
      portalId: 21,
      connectionStatus: 'connected',
    })
  })

  it('replaces the grant of a portal that has one', async () => {
    await upsertTokens(handle.db, 22, sealed('k1', 1))
    await upsertTokens(handle.db, 22, sealed('k2', 2))

    expect((await findTokens(handle.db, 22))?.accessToken).toBe('v1.k2.salt2.nonce.tag.access')
  })

  it('returns null for a portal without a grant', async () => {
    expect(await findTokens(handle.db, 23)).toBeNull()
  })

  it('lets the database refuse a token that is not sealed', async () => {
    const plain = { ...sealed('k1', 1), accessToken: 'CNplain-access-token' }

    await expect(upsertTokens(handle.db, 23, plain)).rejects.toThrow()
    expect(await findTokens(handle.db, 23)).toBeNull()
  })

  it('lets the database refuse tokens sealed under another key than key_id says', async () => {
    const mixed = { ...sealed('k1', 1), refreshToken: 'v1.k2.salt.nonce.tag.refresh' }

    await expect(upsertTokens(handle.db, 23, mixed)).rejects.toThrow()
  })

  it('needs the portal row first', async () => {
    await expect(upsertTokens(handle.db, 999, sealed('k1', 1))).rejects.toThrow()
  })

  it('throws a TypeError for a bad lifetime or portal id', async () => {
    await expect(upsertTokens(handle.db, 23, { ...sealed('k1', 1), lifetimeMs: 0 }))
      .rejects.toThrow(TypeError)
    await expect(findTokens(handle.db, -1)).rejects.toThrow(TypeError)
  })
})

describe('updateTokens and deleteTokens', () => {
  it('updates only an existing grant and deletes it', async () => {
    expect(await updateTokens(handle.db, 24, sealed('k1', 1))).toBe(false)
    await upsertTokens(handle.db, 24, sealed('k1', 1))

    expect(await updateTokens(handle.db, 24, sealed('k3', 3))).toBe(true)
    expect((await findTokens(handle.db, 24))?.keyId).toBe('k3')
    expect(await deleteTokens(handle.db, 24)).toBe(true)
    expect(await deleteTokens(handle.db, 24)).toBe(false)
    expect(await findTokens(handle.db, 24)).toBeNull()
  })
})

describe('portalsWithTokensNotUnder', () => {
  it('lists the portals whose grant is under another key', async () => {
    await upsertTokens(handle.db, 21, sealed('old', 1))
    await upsertTokens(handle.db, 22, sealed('new', 1))
    await upsertTokens(handle.db, 25, sealed('older', 1))

    expect(await portalsWithTokensNotUnder(handle.admin, 'new')).toEqual([21, 25])
  })
})

describe('withTokenLock', () => {
  it('makes a second holder of the same portal wait for the first to commit', async () => {
    const order: string[] = []
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let entered = () => {}
    const firstIn = new Promise<void>((resolve) => {
      entered = resolve
    })

    const first = withTokenLock(handle.db, 26, async (trx) => {
      order.push('first in')
      entered()
      await held
      await upsertTokens(trx, 26, sealed('first', 1))
      order.push('first out')
    })
    await firstIn
    const second = withTokenLock(handle.db, 26, async (trx) => {
      order.push('second in')

      return (await findTokens(trx, 26))?.keyId
    })
    // Give the second holder every chance to get in early if the lock did not hold it.
    await new Promise((resolve) => setTimeout(resolve, 200))
    release()

    await first
    expect(await second).toBe('first')
    expect(order).toEqual(['first in', 'first out', 'second in'])
  })

  it('holds the advisory lock keyed by the portal id inside the transaction', async () => {
    const locks = await withTokenLock(handle.db, 26, (trx) =>
      sql<{ objid: number; classid: number }>`
        select classid::int, objid::int from pg_locks
        where locktype = 'advisory' and pid = pg_backend_pid()`.execute(trx))

    // A bigint key k is held as classid = k >> 32 and objid = k & 0xffffffff: 0 and 26.
    expect(locks.rows).toEqual([{ classid: 0, objid: 26 }])
  })
})

describe('setConnectionStatus', () => {
  it('records the status and findPortal reads it', async () => {
    expect((await findPortal(handle.db, 23))?.connectionStatus).toBe('connected')

    expect(await setConnectionStatus(handle.db, 23, 'needs_reconnect')).toBe(true)
    expect((await findPortal(handle.db, 23))?.connectionStatus).toBe('needs_reconnect')
    expect(await setConnectionStatus(handle.db, 998, 'disconnected')).toBe(false)
  })

  it('throws a TypeError for an unknown status', async () => {
    await expect(setConnectionStatus(handle.db, 23, 'gone' as never)).rejects.toThrow(TypeError)
  })

  it('goes with the portal: deleting a portal deletes its grant', async () => {
    await upsertTokens(handle.db, 25, sealed('k1', 1))

    await handle.db.deleteFrom('portals').where('portal_id', '=', 25).execute()

    expect(await findTokens(handle.db, 25)).toBeNull()
  })
})
