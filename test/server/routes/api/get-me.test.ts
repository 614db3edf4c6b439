import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../../server/db/connect.ts'
import { createTestDatabase } from '../../../support/database.ts'
import { createTestApp, sessionHeader } from '../app-fixture.ts'

describe('GET /api/me', () => {
  let handle: DatabaseHandle

  beforeAll(async () => {
    handle = await createTestDatabase()
  })
  afterAll(() => handle.close())

  it('answers the user of the session token', async () => {
    const app = await createTestApp({ handle, seed: false })

    const reply = await app.inject({ url: '/api/me', headers: await sessionHeader(31_337) })

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ userId: 31_337 })
  })

  it('limits each user on their own and answers 429 RATE_LIMITED', async () => {
    const app = await createTestApp({ handle, seed: false,
      deps: { rateLimits: { api: { maxPerWindow: 2, windowMs: 60_000 } } } })
    const alice = await sessionHeader(1_001)

    const statuses = []
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await app.inject({ url: '/api/me', headers: alice })).statusCode)
    }
    const bob = await app.inject({ url: '/api/me', headers: await sessionHeader(1_002) })

    expect(statuses).toEqual([200, 200, 429])
    expect(bob.statusCode).toBe(200)
  })
})
