import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../../server/db/connect.ts'
import { upsertMember } from '../../../../server/db/members.repository.ts'
import { upsertPortal } from '../../../../server/db/portals.repository.ts'
import { createTestDatabase } from '../../../support/database.ts'
import { createPortalDetails } from '../../db/fixtures.ts'
import { createTestApp, PORTAL_A, PORTAL_B, sessionHeader } from '../app-fixture.ts'

describe('GET /api/portals/:portalId/report', () => {
  let handle: DatabaseHandle

  beforeEach(async () => {
    handle = await createTestDatabase()
  })
  afterEach(() => handle.close())

  it('answers the latest stored report of a portal the user belongs to', async () => {
    const app = await createTestApp({ handle })

    const reply = await app.inject({ url: `/api/portals/${PORTAL_A.portalId}/report`,
      headers: await sessionHeader(PORTAL_A.userId) })

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual(PORTAL_A.report)
  })

  it('answers 403 for another tenant portal, without a word of its report', async () => {
    const app = await createTestApp({ handle })

    const reply = await app.inject({ url: `/api/portals/${PORTAL_B.portalId}/report`,
      headers: await sessionHeader(PORTAL_A.userId) })

    expect(reply.statusCode).toBe(403)
    expect(reply.json()).toEqual({ code: 'FORBIDDEN',
      message: 'You do not have access to this portal.' })
  })

  it('answers 404 NOT_FOUND for a member portal without a finished scan', async () => {
    const app = await createTestApp({ handle })
    await upsertPortal(handle.db, createPortalDetails({ portalId: 55_005 }))
    await upsertMember(handle.db, 55_005, PORTAL_A.userId, 'member')

    const reply = await app.inject({ url: '/api/portals/55005/report',
      headers: await sessionHeader(PORTAL_A.userId) })

    expect(reply.statusCode).toBe(404)
    expect(reply.json()).toEqual({ code: 'NOT_FOUND',
      message: 'A report of this portal was not found.' })
  })

  it('answers 401 without a session', async () => {
    const app = await createTestApp({ handle })

    const reply = await app.inject({ url: `/api/portals/${PORTAL_A.portalId}/report` })

    expect(reply.statusCode).toBe(401)
  })
})
