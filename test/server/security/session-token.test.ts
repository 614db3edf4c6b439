import { decodeJwt, SignJWT, UnsecuredJWT } from 'jose'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  issueSessionToken,
  verifySessionToken,
} from '../../../server/security/session-token.ts'
import { TEST_SECRETS } from '../../support/config.ts'

const SECRET = TEST_SECRETS.SESSION_SECRET
const START_MS = Date.UTC(2026, 2, 1, 12, 0, 0)
const key = new TextEncoder().encode(SECRET)

/** A token shaped like ours, with any claim changed, signed with our secret. */
function craft(options: { alg?: string; iss?: string; aud?: string; sub?: string;
  iatSeconds?: number; expSeconds?: number; secret?: string } = {}) {
  const iat = options.iatSeconds ?? START_MS / 1000

  return new SignJWT({})
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setIssuer(options.iss ?? 'portalpilot')
    .setAudience(options.aud ?? 'portalpilot-api')
    .setSubject(options.sub ?? '9100001')
    .setIssuedAt(iat)
    .setExpirationTime(options.expSeconds ?? iat + 600)
    .sign(options.secret ? new TextEncoder().encode(options.secret) : key)
}

describe('session tokens', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(START_MS)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('round-trips the user id and carries no portal list', async () => {
    const token = await issueSessionToken(SECRET, 9_100_001)

    expect(await verifySessionToken(SECRET, token)).toEqual({ userId: 9_100_001 })
    const claims = decodeJwt(token)
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'sub'])
    expect(claims.exp! - claims.iat!).toBe(15 * 60)
  })

  it('expires 15 minutes after issue', async () => {
    const token = await issueSessionToken(SECRET, 9_100_001)

    vi.setSystemTime(START_MS + 15 * 60_000 - 1_000)
    expect(await verifySessionToken(SECRET, token)).toEqual({ userId: 9_100_001 })
    vi.setSystemTime(START_MS + 15 * 60_000)
    expect(await verifySessionToken(SECRET, token)).toBeNull()
  })

  it('takes the clock from the caller when given', async () => {
    const token = await issueSessionToken(SECRET, 7, { nowMs: START_MS - 3_600_000 })

    expect(await verifySessionToken(SECRET, token)).toBeNull()
    expect(await verifySessionToken(SECRET, token, { nowMs: START_MS - 3_000_000 }))
      .toEqual({ userId: 7 })
  })

  it('refuses a token whose exp claims more than 15 minutes of life', async () => {
    const iat = START_MS / 1000
    const token = await craft({ iatSeconds: iat, expSeconds: iat + 24 * 3600 })

    vi.setSystemTime(START_MS + 14 * 60_000)
    expect(await verifySessionToken(SECRET, token)).toEqual({ userId: 9_100_001 })
    vi.setSystemTime(START_MS + 16 * 60_000)
    expect(await verifySessionToken(SECRET, token)).toBeNull()
  })

  it('refuses another issuer, audience, algorithm, secret or a non-numeric subject', async () => {
    const refused = [
      await craft({ iss: 'someone-else' }),
      await craft({ aud: 'portalpilot-admin' }),
      await craft({ alg: 'HS512' }),
      await craft({ secret: 'another-session-secret-0123456789abcdef' }),
      await craft({ sub: 'avery@example.com' }),
      await craft({ iatSeconds: START_MS / 1000 + 120 }),
      new UnsecuredJWT({ sub: '9100001' }).setIssuer('portalpilot')
        .setAudience('portalpilot-api').setIssuedAt().setExpirationTime('10m').encode(),
    ]

    for (const token of refused) expect(await verifySessionToken(SECRET, token)).toBeNull()
    expect(await verifySessionToken(SECRET, await craft())).toEqual({ userId: 9_100_001 })
  })

  it('refuses a token whose payload was edited', async () => {
    const [header, , signature] = (await issueSessionToken(SECRET, 5)).split('.')
    const payload = Buffer.from(JSON.stringify({ iss: 'portalpilot', aud: 'portalpilot-api',
      sub: '6', iat: START_MS / 1000, exp: START_MS / 1000 + 60 })).toString('base64url')

    expect(await verifySessionToken(SECRET, `${header}.${payload}.${signature}`)).toBeNull()
    expect(await verifySessionToken(SECRET, 'not-a-jwt')).toBeNull()
  })

  it('throws TypeError on misuse', async () => {
    await expect(issueSessionToken(SECRET, 0)).rejects.toThrow(TypeError)
    await expect(issueSessionToken(SECRET, 1.5)).rejects.toThrow(TypeError)
    await expect(issueSessionToken(SECRET, 1, { lifetimeSeconds: 901 })).rejects
      .toThrow(TypeError)
    await expect(issueSessionToken('short', 1)).rejects.toThrow(TypeError)
  })
})
