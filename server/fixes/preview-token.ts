import { createHmac, timingSafeEqual } from 'node:crypto'

import type { FixChange, FixKind, MergeChoice } from '../../shared/card-api.ts'
import type { ObjectType } from '../../shared/crm.ts'

/** A preview is good for this long: long enough to read it, short enough to stay true. */
export const PREVIEW_LIFETIME_MS = 10 * 60 * 1000

/** Everything a preview promised; apply does exactly this or nothing. */
export interface PreviewClaims {
  readonly portalId: number
  readonly objectType: ObjectType
  readonly objectId: string
  readonly fix: FixKind
  readonly findingId: string | null
  readonly changes: readonly FixChange[]
  /** `lastmodifieddate` of each record the fix touches, by id, as the preview read it. */
  readonly lastModified: Readonly<Record<string, string>>
  readonly merge: { readonly primaryId: string; readonly secondaryId: string;
    readonly choices: readonly MergeChoice[] } | null
  readonly expiresAtMs: number
}

export type PreviewCheck =
  | { readonly ok: true; readonly claims: PreviewClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' }

// A purpose prefix, so a MAC made for something else under the same secret never fits.
const PURPOSE = 'portalpilot.fix-preview.v1:'

const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(PURPOSE + payload).digest()

/** The signed previewId: base64url JSON of the claims, a dot, base64url HMAC-SHA256. */
export function signPreview(secret: string, claims: PreviewClaims): string {
  if (secret.length < 32) throw new TypeError('the preview secret needs 32+ characters')
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')

  return `${payload}.${mac(secret, payload).toString('base64url')}`
}

/** Checks a previewId's signature, then its expiry at `nowMs`. */
export function verifyPreview(secret: string, previewId: string, nowMs: number): PreviewCheck {
  const [payload, signature, extra] = previewId.split('.')
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' }
  const expected = mac(secret, payload)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' }
  }
  let claims: PreviewClaims
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewClaims
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (!(nowMs < claims.expiresAtMs)) return { ok: false, reason: 'expired' }

  return { ok: true, claims }
}
