import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** What an OAuth round trip is for: installing the app, or signing in to our API. */
export type OAuthPurpose = 'install' | 'login'

export interface StatePayload {
  readonly nonce: string
  readonly purpose: OAuthPurpose
  readonly expiresAtMs: number
}

/** A state lives as long as a person may take on HubSpot's consent screen. */
export const STATE_TTL_MS = 10 * 60 * 1000

/**
 * Issues and checks OAuth `state` values: a random nonce, the purpose and an expiry, signed
 * with HMAC-SHA256 so nobody can forge or alter one (login CSRF, install hijacking). The
 * nonce is also remembered server-side, which makes each state single-use.
 */
export function createStateSigner(secret: string, now: () => number = Date.now) {
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest()

  return {
    issue(purpose: OAuthPurpose): { state: string; payload: StatePayload } {
      const payload: StatePayload = {
        nonce: randomBytes(24).toString('base64url'),
        purpose,
        expiresAtMs: now() + STATE_TTL_MS,
      }
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url')

      return { state: `${body}.${mac(body).toString('base64url')}`, payload }
    },

    /** The payload of a genuine, unexpired state; null for anything else. */
    verify(state: string): StatePayload | null {
      const [body, signature, extra] = state.split('.')
      if (!body || !signature || extra !== undefined) return null

      const expected = mac(body)
      const given = Buffer.from(signature, 'base64url')
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null

      const payload = parsePayload(Buffer.from(body, 'base64url').toString('utf8'))
      if (!payload || payload.expiresAtMs <= now()) return null

      return payload
    },
  }
}

function parsePayload(text: string): StatePayload | null {
  try {
    const value = JSON.parse(text) as Partial<StatePayload>
    if (typeof value.nonce !== 'string' || typeof value.expiresAtMs !== 'number') return null
    if (value.purpose !== 'install' && value.purpose !== 'login') return null

    return { nonce: value.nonce, purpose: value.purpose, expiresAtMs: value.expiresAtMs }
  } catch {
    return null
  }
}
