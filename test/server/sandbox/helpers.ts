import type { OutgoingHttpHeaders } from 'node:http'

import { createSandbox, type Sandbox, type SandboxOptions } from '../../../server/sandbox/index.ts'

/** A clock the test moves by hand, so nothing depends on real time passing. */
export interface FakeClock {
  now(): number
  advance(ms: number): void
}

export function fakeClock(startMs = Date.UTC(2026, 11, 1, 12, 0, 0)): FakeClock {
  let current = startMs

  return { now: () => current, advance: (ms) => { current += ms } }
}

export interface CallResult {
  readonly status: number
  readonly body: any
  readonly headers: OutgoingHttpHeaders
}

export interface TestPortal {
  readonly sandbox: Sandbox
  readonly token: string
  call(method: string, url: string, body?: unknown, token?: string): Promise<CallResult>
}

/**
 * A demo sandbox reached in-process with a private-app token. Limits are raised unless the
 * test sets them, so only the rate-limit tests meet a 429.
 */
export async function testPortal(options: SandboxOptions = {}): Promise<TestPortal> {
  const sandbox = await createSandbox({ requestsPerTenSeconds: 1_000_000,
    searchPerSecond: 1_000_000, searchLagMs: 0, ...options })
  const token = sandbox.createPrivateAppToken()
  const call = async (method: string, url: string, body?: unknown, as = token) => {
    const response = await sandbox.server.inject({
      method: method as 'GET', url,
      headers: { authorization: `Bearer ${as}` },
      ...(body !== undefined && { payload: body as object }),
    })
    const text = response.body

    return { status: response.statusCode, headers: response.headers,
      body: text === '' ? undefined : JSON.parse(text) }
  }

  return { sandbox, token, call }
}

/** A fetch reply's JSON body, untyped as test assertions read it. */
export const json = async (reply: Response): Promise<any> => reply.json()

/** Every error reply carries HubSpot's envelope with a UUID correlation id. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
