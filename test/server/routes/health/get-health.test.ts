import { Writable } from 'node:stream'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildApp } from '../../../../server/app.ts'
import type { DatabaseHandle } from '../../../../server/db/connect.ts'
import { isMember } from '../../../../server/db/members.repository.ts'
import { createLogger } from '../../../../server/logger.ts'
import { testConfig } from '../../../support/config.ts'
import { createTestDatabase } from '../../../support/database.ts'

function captureLogs() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split('\n')) lines.push(JSON.parse(line))
      done()
    },
  })

  return { lines, stream }
}

describe('GET /healthz', () => {
  let handle: DatabaseHandle
  // /healthz reads neither, but every app is built with its database and membership check.
  const dataDeps = () => ({
    db: handle.db,
    isMember: (portalId: number, userId: number) => isMember(handle.db, portalId, userId),
  })

  beforeAll(async () => {
    handle = await createTestDatabase()
  })
  afterAll(() => handle.close())

  it('answers 200 and writes one request line with the operation name', async () => {
    const logs = captureLogs()
    const app = await buildApp(testConfig(), {
      logger: createLogger({ logLevel: 'info' }, logs.stream),
      pingDatabase: async () => {},
      ...dataDeps(),
    })

    const reply = await app.inject({ method: 'GET', url: '/healthz' })

    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ status: 'ok' })
    const requests = logs.lines.filter((line) => line.type === 'request')
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({ operation: 'health.read', route: '/healthz',
      statusCode: 200 })
    await app.close()
  })

  it('answers 500 with a body that leaks nothing when the database is down', async () => {
    const logs = captureLogs()
    const app = await buildApp(testConfig(), {
      logger: createLogger({ logLevel: 'info' }, logs.stream),
      pingDatabase: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432 password=hunter2')
      },
      ...dataDeps(),
    })

    const reply = await app.inject({ method: 'GET', url: '/healthz' })

    expect(reply.statusCode).toBe(500)
    expect(reply.json()).toEqual({ code: 'INTERNAL', message: 'Something went wrong on our side.' })
    await app.close()
  })

  it('answers an unknown route with NOT_FOUND', async () => {
    const app = await buildApp(testConfig(), {
      logger: createLogger({ logLevel: 'silent' }),
      pingDatabase: async () => {},
      ...dataDeps(),
    })

    const reply = await app.inject({ method: 'GET', url: '/nope' })

    expect(reply.statusCode).toBe(404)
    expect(reply.json()).toMatchObject({ code: 'NOT_FOUND' })
    await app.close()
  })
})
