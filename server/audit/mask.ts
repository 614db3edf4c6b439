// Masking for the audit log (issue #3: "emails and identifiers masked"). An entry must say
// who did what without becoming a copy of anyone's address or a store of live secrets, so
// masking errs on the side of hiding: a value that merely looks like a token is redacted.

export const REDACTED = '[redacted]'

type DetailValue = string | number | boolean | null

const MAX_DETAIL_KEYS = 32
const MAX_STRING_LENGTH = 200
const EMAIL = /[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:.]+/g
const SECRET_KEY = new RegExp(
  'token|secret|passw|signature|authorization|cookie|credential|api_?key|private_?key' +
    '|^(?:auth_?|oauth_?)?code$',
  'i',
)
const IDENTIFIER_KEY = /email|user_?id|^user$|login|phone/i
// Long runs of token characters with letters and digits: access and refresh tokens, JWTs,
// client secrets, signatures. Identifiers this long are hidden too, on purpose.
const SECRET_WORD = /[A-Za-z0-9_\-+/=.~]{20,}/g

/** `jane.doe@example.com` -> `j***@e***.com`: first letters and the top-level domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  const dot = domain.lastIndexOf('.')
  if (at < 1 || dot < 1) return REDACTED

  return `${local[0]}***@${domain[0]}***${domain.slice(dot)}`
}

/**
 * A user id as kept in the log: an email masked as above, anything else reduced to its
 * last characters (at most four, and never more than half of it): 12345678 -> `***5678`.
 */
export function maskUserId(userId: string | number): string {
  const text = String(userId).trim()
  if (text === '') return REDACTED
  if (text.includes('@')) return maskEmail(text)

  const shown = Math.min(4, Math.floor(text.length / 2))

  return `***${text.slice(text.length - shown)}`
}

/** Masks emails inside free text and redacts every word that looks like a secret. */
export function maskText(text: string): string {
  const masked = text
    .replace(EMAIL, (email) => maskEmail(email))
    .replace(SECRET_WORD, (word) => (looksLikeSecret(word) ? REDACTED : word))

  return masked.length > MAX_STRING_LENGTH ? `${masked.slice(0, MAX_STRING_LENGTH)}…` : masked
}

/**
 * The detail of an entry, masked: values under secret-sounding keys are redacted whatever
 * they hold, identifiers under identifier keys are masked as user ids, and every other
 * string goes through maskText. Past 32 keys the rest is dropped.
 */
export function maskDetail(
  detail: Readonly<Record<string, DetailValue>>,
): Record<string, DetailValue> {
  const masked: Record<string, DetailValue> = {}
  for (const [key, value] of Object.entries(detail).slice(0, MAX_DETAIL_KEYS)) {
    masked[key] = maskDetailValue(key, value)
  }

  return masked
}

function maskDetailValue(key: string, value: DetailValue): DetailValue {
  if (value === null || typeof value === 'boolean') return value
  if (SECRET_KEY.test(key)) return REDACTED
  if (IDENTIFIER_KEY.test(key)) return maskUserId(value)
  if (typeof value === 'number') return value

  return maskText(value)
}

function looksLikeSecret(word: string): boolean {
  // A concrete path such as /api/portals/1234567/scans matches too: callers that want a
  // route in the log pass its pattern (/api/portals/:portalId/scans), which has no digits.
  return /[0-9]/.test(word) && /[A-Za-z]/.test(word)
}
