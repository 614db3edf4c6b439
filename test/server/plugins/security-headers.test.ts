import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'

import errorHandler from '../../../server/plugins/error-handler.ts'
import securityHeaders, { limitGroup } from '../../../server/plugins/security-headers.ts'

async function limitedApp(maxPerWindow: number) {
  const app = Fastify()
  await app.register(errorHandler)
  await app.register(securityHeaders)
  await app.register(async (group) => {
    await limitGroup(group, { maxPerWindow, windowMs: 60_000 },
      (request) => `tenant:${String(request.headers['x-tenant'])}`)
    group.get('/limited', async () => ({ ok: true }))
  })
  await app.register(async (other) => {
    other.get('/unlimited', async () => ({ ok: true }))
  })

  return app
}

describe('security headers', () => {
  it('sets helmet headers and a deny-all content security policy on every reply', async () => {
    const app = await limitedApp(10)

    const ok = await app.inject({ url: '/unlimited' })
    const missing = await app.inject({ url: '/nowhere' })

    for (const reply of [ok, missing]) {
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
      expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(reply.headers['strict-transport-security']).toMatch(/max-age=\d+/)
      expect(reply.headers['content-security-policy'])
        .toBe("default-src 'none';frame-ancestors 'none'")
      expect(reply.headers['x-powered-by']).toBeUndefined()
    }
  })
})

describe('limitGroup', () => {
  it('answers the request past the limit with 429 RATE_LIMITED, per key', async () => {
    const app = await limitedApp(3)
    const call = (tenant: string) =>
      app.inject({ url: '/limited', headers: { 'x-tenant': tenant } })

    const statuses = []
    for (let i = 0; i < 4; i += 1) statuses.push((await call('a')).statusCode)
    const limited = await call('a')
    const otherTenant = await call('b')

    expect(statuses).toEqual([200, 200, 200, 429])
    expect(limited.json()).toEqual({ code: 'RATE_LIMITED',
      message: 'Too many requests; try again in 1 minute.' })
    expect(limited.headers['retry-after']).toBe('60')
    expect(otherTenant.statusCode).toBe(200)
  })

  it('leaves routes of other groups alone', async () => {
    const app = await limitedApp(1)

    const statuses = []
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await app.inject({ url: '/unlimited' })).statusCode)
    }

    expect(statuses).toEqual([200, 200, 200])
  })

  it('throws TypeError for a limit that is not a positive integer', async () => {
    const app = Fastify()

    await expect(limitGroup(app, { maxPerWindow: 0, windowMs: 1_000 }, () => 'k'))
      .rejects.toThrow(TypeError)
    await expect(limitGroup(app, { maxPerWindow: 5, windowMs: 1.5 }, () => 'k'))
      .rejects.toThrow(TypeError)
  })
})
