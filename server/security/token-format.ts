/**
 * The stored form of an encrypted token: `v1.<keyId>.<salt>.<nonce>.<tag>.<ciphertext>`,
 * each binary part base64url without padding. The version comes first so a later format
 * can be told apart without guessing.
 */
export const FORMAT_VERSION = 'v1'
export const SALT_BYTES = 16
export const NONCE_BYTES = 12
export const TAG_BYTES = 16

export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/

/** A stored token that cannot be read: malformed, unknown key, or failing its tag. */
export class TokenCipherError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'TokenCipherError'
  }
}

export interface SealedToken {
  readonly keyId: string
  readonly salt: Buffer
  readonly nonce: Buffer
  readonly tag: Buffer
  readonly ciphertext: Buffer
}

const BASE64URL = /^[A-Za-z0-9_-]*$/

/**
 * Splits a stored value into its parts and checks every length. Error messages never echo
 * the value: it is a secret, even when damaged.
 */
export function parseSealed(stored: string): SealedToken {
  if (typeof stored !== 'string') throw new TypeError('a stored token must be a string')

  const parts = stored.split('.')
  if (parts.length !== 6) throw new TokenCipherError('stored token is not in the v1 format')

  const [version, keyId, salt, nonce, tag, ciphertext] = parts as [
    string, string, string, string, string, string]
  if (version !== FORMAT_VERSION) {
    throw new TokenCipherError('stored token has an unknown format version')
  }
  if (!KEY_ID_PATTERN.test(keyId)) throw new TokenCipherError('stored token has a bad key id')

  return {
    keyId,
    salt: decodePart(salt, 'salt', SALT_BYTES),
    nonce: decodePart(nonce, 'nonce', NONCE_BYTES),
    tag: decodePart(tag, 'tag', TAG_BYTES),
    ciphertext: decodePart(ciphertext, 'ciphertext', null),
  }
}

export function formatSealed(sealed: SealedToken): string {
  return [FORMAT_VERSION, sealed.keyId, sealed.salt, sealed.nonce, sealed.tag, sealed.ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** The header bound to the ciphertext as associated data, so it cannot be swapped alone. */
export function associatedData(keyId: string): Buffer {
  return Buffer.from(`${FORMAT_VERSION}.${keyId}`, 'utf8')
}

function decodePart(text: string, name: string, bytes: number | null): Buffer {
  // Node's decoder skips characters it does not know, so check the alphabet first, and
  // insist on the canonical form so one value has one spelling.
  if (!BASE64URL.test(text)) throw new TokenCipherError(`stored token ${name} is not base64url`)

  const decoded = Buffer.from(text, 'base64url')
  if (decoded.toString('base64url') !== text) {
    throw new TokenCipherError(`stored token ${name} is not canonical base64url`)
  }
  if (bytes === null ? decoded.length === 0 : decoded.length !== bytes) {
    throw new TokenCipherError(`stored token ${name} has the wrong length`)
  }

  return decoded
}
