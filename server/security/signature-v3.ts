import { createHmac, timingSafeEqual } from 'node:crypto'

/** Why a signed request was refused; the caller answers 401 whatever the reason. */
export type SignatureFailure = 'missing' | 'stale' | 'future' | 'mismatch'

export type SignatureCheck = { readonly ok: true } | {
  readonly ok: false
  readonly reason: SignatureFailure
}

export interface SignedParts {
  readonly method: string
  /** The full URI HubSpot called: scheme, host, path and query. */
  readonly uri: string
  /** The body exactly as sent; '' when there is none. */
  readonly rawBody: string
  /** The X-HubSpot-Request-Timestamp header text, never a number turned back into text. */
  readonly timestamp: string
  readonly clientSecret: string
}

export interface VerifyInput {
  readonly method: string
  readonly uri: string
  readonly rawBody: string
  readonly timestampHeader: string | undefined
  readonly signatureHeader: string | undefined
  readonly clientSecret: string
  readonly nowMs: number
  /** Replay window: older requests are refused. HubSpot documents 5 minutes. */
  readonly maxAgeMs?: number
  /** Clock skew allowed into the future; more would stretch the replay window. */
  readonly maxFutureMs?: number
}

const DEFAULT_MAX_AGE_MS = 300_000
const DEFAULT_MAX_FUTURE_MS = 60_000

// HubSpot decodes exactly these escapes before signing, and nothing else (developer docs,
// apps/developer-platform/build-apps/authentication/request-validation).
const SIGNED_ESCAPES: Readonly<Record<string, string>> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$',
  '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
}
const ESCAPE_PATTERN = /%3A|%2F|%3F|%40|%21|%24|%27|%28|%29|%2A|%2C|%3B/g

/** The URI as HubSpot signs it: only the listed escapes decoded, in one pass. */
export function signedUri(uri: string): string {
  return uri.replace(ESCAPE_PATTERN, (escape) => SIGNED_ESCAPES[escape] ?? escape)
}

/** The base64 HMAC-SHA256 HubSpot sends in X-HubSpot-Signature-v3. */
export function signV3(parts: SignedParts): string {
  if (parts.clientSecret === '') throw new TypeError('clientSecret must not be empty')

  return createHmac('sha256', parts.clientSecret)
    .update(`${parts.method}${signedUri(parts.uri)}${parts.rawBody}${parts.timestamp}`)
    .digest('base64')
}

/**
 * Checks a v3-signed request. The timestamp is checked first, so a replay captured more
 * than `maxAgeMs` ago fails even with its original, valid signature.
 */
export function verifySignatureV3(input: VerifyInput): SignatureCheck {
  const { timestampHeader, signatureHeader } = input
  if (!timestampHeader || !signatureHeader) return { ok: false, reason: 'missing' }
  // Epoch milliseconds; a decimal form is allowed to parse, but it is signed as sent.
  if (!/^\d{1,16}(\.\d+)?$/.test(timestampHeader)) return { ok: false, reason: 'missing' }

  const ageMs = input.nowMs - Number(timestampHeader)
  if (ageMs > (input.maxAgeMs ?? DEFAULT_MAX_AGE_MS)) return { ok: false, reason: 'stale' }
  if (-ageMs > (input.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS)) {
    return { ok: false, reason: 'future' }
  }

  const expected = Buffer.from(signV3({ method: input.method, uri: input.uri,
    rawBody: input.rawBody, timestamp: timestampHeader, clientSecret: input.clientSecret }))
  const received = Buffer.from(signatureHeader)
  // timingSafeEqual needs equal lengths; a length difference reveals nothing secret.
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, reason: 'mismatch' }
  }

  return { ok: true }
}
