import { createCipheriv, createDecipheriv, pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  associatedData, formatSealed, KEY_ID_PATTERN, NONCE_BYTES, parseSealed, SALT_BYTES,
  TAG_BYTES, TokenCipherError,
} from './token-format.ts'

export { TokenCipherError } from './token-format.ts'

/** Encrypts OAuth tokens for storage and reads them back under any configured key. */
export interface TokenCipher {
  /** `v1.<keyId>.<salt>.<nonce>.<tag>.<ct>` under the current key, fresh salt and nonce. */
  encrypt(plain: string): Promise<string>
  /** Any configured key id; a bad format, unknown key or failing tag throws. */
  decrypt(stored: string): Promise<string>
  /** The key id a stored value was encrypted under (configured or not). */
  keyIdOf(stored: string): string
  readonly currentKeyId: string
}

export interface TokenKey {
  readonly id: string
  readonly secret: string
}

// The issue fixes these: PBKDF2-SHA256 at 100,000 iterations into an AES-256 key.
const ITERATIONS = 100_000
const KEY_BYTES = 32
const DIGEST = 'sha256'
const CIPHER = 'aes-256-gcm'
// Each derivation costs tens of ms, so keys derived for recently read values are kept. A
// portal's two tokens and a few rotations fit many times over; the bound keeps key material
// of long-gone values from piling up.
const DERIVED_KEY_CACHE_SIZE = 256

const derive = promisify(pbkdf2)

/** Builds the cipher; the first key is current (new values), the others only decrypt. */
export function createTokenCipher(keys: readonly TokenKey[]): TokenCipher {
  if (keys.length === 0) throw new TypeError('createTokenCipher needs at least one key')
  const secrets = new Map<string, Buffer>()
  for (const key of keys) {
    if (!KEY_ID_PATTERN.test(key.id)) throw new TypeError(`bad token key id "${key.id}"`)
    if (secrets.has(key.id)) throw new TypeError(`token key id "${key.id}" is used twice`)
    if (key.secret.length < 32) throw new TypeError('a token key secret needs 32+ characters')
    secrets.set(key.id, Buffer.from(key.secret, 'utf8'))
  }
  const currentKeyId = (keys[0] as TokenKey).id
  const derived = new Map<string, Promise<Buffer>>()

  const keyFor = (keyId: string, salt: Buffer): Promise<Buffer> => {
    const cacheKey = `${keyId}.${salt.toString('base64url')}`
    const known = derived.get(cacheKey)
    if (known) {
      // Re-insert so the Map's order is least recently used first.
      derived.delete(cacheKey)
      derived.set(cacheKey, known)

      return known
    }
    const secret = secrets.get(keyId)
    if (!secret) {
      return Promise.reject(new TokenCipherError(`stored token uses key id "${keyId}", ` +
        'which is not configured in TOKEN_ENCRYPTION_KEYS'))
    }
    const pending = derive(secret, salt, ITERATIONS, KEY_BYTES, DIGEST)
    // A failed derivation must not stay cached.
    pending.catch(() => derived.delete(cacheKey))
    derived.set(cacheKey, pending)
    if (derived.size > DERIVED_KEY_CACHE_SIZE) {
      derived.delete(derived.keys().next().value as string)
    }

    return pending
  }

  return {
    currentKeyId,
    async encrypt(plain) {
      if (typeof plain !== 'string' || plain === '') {
        throw new TypeError('encrypt needs a non-empty string')
      }
      const salt = randomBytes(SALT_BYTES)
      const nonce = randomBytes(NONCE_BYTES)
      const key = await keyFor(currentKeyId, salt)
      const cipher = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES })
      cipher.setAAD(associatedData(currentKeyId))
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])

      return formatSealed({ keyId: currentKeyId, salt, nonce, tag: cipher.getAuthTag(),
        ciphertext })
    },
    async decrypt(stored) {
      const sealed = parseSealed(stored)
      const key = await keyFor(sealed.keyId, sealed.salt)
      try {
        const decipher = createDecipheriv(CIPHER, key, sealed.nonce,
          { authTagLength: TAG_BYTES })
        decipher.setAAD(associatedData(sealed.keyId))
        decipher.setAuthTag(sealed.tag)

        return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()])
          .toString('utf8')
      } catch (cause) {
        throw new TokenCipherError(
          'stored token failed its integrity check (altered, or encrypted with another secret)',
          cause,
        )
      }
    },
    keyIdOf: (stored) => parseSealed(stored).keyId,
  }
}
