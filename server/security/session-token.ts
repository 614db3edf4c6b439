import { jwtVerify, SignJWT } from 'jose'

/** Who a session token speaks for: a HubSpot user id, nothing about their portals. */
export interface SessionClaims {
  readonly userId: number
}

export interface SessionTokenOptions {
  /** Epoch ms; tests and the app pass their clock. Default Date.now. */
  readonly nowMs?: number
}

const ISSUER = 'portalpilot'
const AUDIENCE = 'portalpilot-api'
const ALGORITHM = 'HS256'
/** Short on purpose: membership is re-checked per request, but a stolen token still works. */
export const SESSION_MAX_LIFETIME_SECONDS = 15 * 60

// HubSpot user ids are positive integers; 15 digits keeps them exact as JS numbers.
const USER_ID_PATTERN = /^[1-9]\d{0,14}$/

function keyOf(secret: string): Uint8Array {
  if (secret.length < 32) throw new TypeError('the session secret must be 32+ characters')

  return new TextEncoder().encode(secret)
}

/**
 * Issues a session JWT for a HubSpot user after an OAuth login. Portal memberships are not
 * in the token: they are checked on each request, so removing a member takes effect at once.
 */
export async function issueSessionToken(
  secret: string,
  userId: number,
  options: SessionTokenOptions & { lifetimeSeconds?: number } = {},
): Promise<string> {
  if (!USER_ID_PATTERN.test(String(userId))) {
    throw new TypeError('userId must be a HubSpot user id')
  }
  const lifetimeSeconds = options.lifetimeSeconds ?? SESSION_MAX_LIFETIME_SECONDS
  if (!(lifetimeSeconds > 0 && lifetimeSeconds <= SESSION_MAX_LIFETIME_SECONDS)) {
    throw new TypeError(`lifetimeSeconds must be from 1 to ${SESSION_MAX_LIFETIME_SECONDS}`)
  }

  const nowSeconds = Math.floor((options.nowMs ?? Date.now()) / 1000)

  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(String(userId))
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + lifetimeSeconds)
    .sign(keyOf(secret))
}

/**
 * The claims of a valid session token, or null for anything else: a bad signature, another
 * algorithm (alg confusion), another issuer or audience, expired, or issued more than 15
 * minutes ago even when its own `exp` claims a longer life.
 */
export async function verifySessionToken(
  secret: string,
  token: string,
  options: SessionTokenOptions = {},
): Promise<SessionClaims | null> {
  const key = keyOf(secret)
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'iat', 'exp'],
      maxTokenAge: SESSION_MAX_LIFETIME_SECONDS,
      currentDate: new Date(options.nowMs ?? Date.now()),
      clockTolerance: 0,
    })
    if (typeof payload.sub !== 'string' || !USER_ID_PATTERN.test(payload.sub)) return null

    return { userId: Number(payload.sub) }
  } catch {
    return null
  }
}
