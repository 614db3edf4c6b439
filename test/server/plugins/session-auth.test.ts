import Fastify from 'fastify'
import { afterEach, describe, expect, it, vi } from 'vitest'

import errorHandler from '../../../server/plugins/error-handler.ts'
import sessionAuth, {
  pathPortalId,
  type SessionFailure,
} from '../../../server/plugins/session-auth.ts'
import { issueSessionToken } from '../../../server/security/session-token.ts'
import { TEST_SECRETS } from '../../support/config.ts'

const SECRET = TEST_SECRETS.SESSION_SECRET
const START_MS = Date.UTC(2026, 2, 1, 12, 0, 0)
/** user -> portals: 7001 belongs to 40001 only. */
const MEMBERS = new Map([[7_001, new Set([40_001])], [9_002, new Set([80_002])]])

async function sessionApp() {
  const asked: [number, number][] = []
  const failures: SessionFailure[] = []
  const app = Fastify()
  await app.register(errorHandler)
  await app.register(async (api) => {
    await api.register(sessionAuth, {
      sessionSecret: SECRET,
      isMember: async (portalId, userId) => {
        asked.push([portalId, userId])

        return MEMBERS.get(userId)?.has(portalId) ?? false
      },
      onSessionFailure: (reason) => {
        failures.push(reason)
      },
    })
    api.get('/me', async (request) => ({ userId: request.session.userId }))
    api.get('/portals/:portalId', async (request) => ({ portalId: pathPortalId(request) }))
  })
  await app.register(async (open) => {
    open.get('/open', async () => ({ ok: true }))
  })

  return { app, asked, failures }
}

const bearer = async (userId: number) => ({
  authorization: `Bearer ${await issueSessionToken(SECRET, userId)}`,
})

describe('session-auth plugin', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('decorates the session from a valid bearer token', async () => {
    const { app, asked } = await sessionApp()

    const reply = await app.inject({ url: '/me', headers: await bearer(7_001) })

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ userId: 7_001 })
    expect(asked).toEqual([])
  })

  it('answers 401 without a token, with a bad one, or with another scheme', async () => {
    const { app, failures } = await sessionApp()
    const token = await issueSessionToken(SECRET, 7_001)
    const forged = await issueSessionToken('another-session-secret-0123456789abcdef', 7_001)

    const replies = [
      await app.inject({ url: '/me' }),
      await app.inject({ url: '/me', headers: { authorization: `Basic ${token}` } }),
      await app.inject({ url: '/me', headers: { authorization: `Bearer ${forged}` } }),
      await app.inject({ url: '/me', headers: { authorization: 'Bearer not.a.jwt' } }),
    ]

    for (const reply of replies) {
      expect(reply.statusCode).toBe(401)
      expect(reply.json()).toEqual({ code: 'UNAUTHORIZED',
        message: 'Authentication is required.' })
    }
    expect(failures).toEqual(['missing', 'missing', 'invalid', 'invalid'])
  })

  it('lets a member read their portal and asks membership with numbers', async () => {
    const { app, asked } = await sessionApp()

    const reply = await app.inject({ url: '/portals/40001', headers: await bearer(7_001) })

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ portalId: 40_001 })
    expect(asked).toEqual([[40_001, 7_001]])
  })

  it('answers 403 for a portal the user does not belong to (tenant confusion)', async () => {
    const { app, failures } = await sessionApp()

    const reply = await app.inject({ url: '/portals/80002', headers: await bearer(7_001) })
    const malformed = await app.inject({ url: '/portals/80002x', headers: await bearer(7_001) })

    expect(reply.statusCode).toBe(403)
    expect(reply.json()).toEqual({ code: 'FORBIDDEN',
      message: 'You do not have access to this portal.' })
    expect(malformed.statusCode).toBe(403)
    expect(failures).toEqual(['not-member', 'not-member'])
  })

  it('asks membership on every request, so a removed member is refused at once', async () => {
    const { app, asked } = await sessionApp()
    const headers = await bearer(9_002)

    expect((await app.inject({ url: '/portals/80002', headers })).statusCode).toBe(200)
    MEMBERS.get(9_002)?.delete(80_002)
    const after = await app.inject({ url: '/portals/80002', headers })
    MEMBERS.get(9_002)?.add(80_002)

    expect(after.statusCode).toBe(403)
    expect(asked).toHaveLength(2)
  })

  it('refuses a token once it is 15 minutes old', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(START_MS)
    const { app } = await sessionApp()
    const headers = await bearer(7_001)

    vi.setSystemTime(START_MS + 14 * 60_000)
    expect((await app.inject({ url: '/me', headers })).statusCode).toBe(200)
    vi.setSystemTime(START_MS + 15 * 60_000)
    expect((await app.inject({ url: '/me', headers })).statusCode).toBe(401)
  })

  it('guards only the group that registers it', async () => {
    const { app } = await sessionApp()

    expect((await app.inject({ url: '/open' })).statusCode).toBe(200)
  })
})
