import { createCipheriv, pbkdf2Sync } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { createTokenCipher, TokenCipherError } from '../../../server/security/token-cipher.ts'

// Test-only secrets, 32+ characters as the config demands.
const OLD = { id: 'k2025', secret: 'old-test-only-secret-0123456789abcdef' }
const NEW = { id: 'k2026', secret: 'new-test-only-secret-fedcba9876543210' }
const ACCESS = 'CNexample-access-token-ÄÖ-✓'

const parts = (stored: string) => stored.split('.')
const bytes = (part: string | undefined) => Buffer.from(part ?? '', 'base64url')
/** Replaces one base64url character with another, so the part stays decodable. */
const flip = (part: string, at: number) =>
  part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1)
const withPart = (stored: string, index: number, part: string) =>
  parts(stored).map((p, i) => (i === index ? part : p)).join('.')

describe('createTokenCipher', () => {
  it('reads back what it encrypted', async () => {
    const cipher = createTokenCipher([NEW])

    await expect(cipher.decrypt(await cipher.encrypt(ACCESS))).resolves.toBe(ACCESS)
  })

  it('writes v1, the current key id, a 16-byte salt, 12-byte nonce and 16-byte tag', async () => {
    const cipher = createTokenCipher([NEW, OLD])

    const [version, keyId, salt, nonce, tag, ciphertext] = parts(await cipher.encrypt(ACCESS))

    expect([version, keyId]).toEqual(['v1', 'k2026'])
    expect([bytes(salt).length, bytes(nonce).length, bytes(tag).length]).toEqual([16, 12, 16])
    // GCM is a stream mode: as many ciphertext bytes as UTF-8 plaintext bytes.
    expect(bytes(ciphertext).length).toBe(Buffer.byteLength(ACCESS))
    expect(cipher.currentKeyId).toBe('k2026')
  })

  it('uses a fresh salt and nonce for every encryption', async () => {
    const cipher = createTokenCipher([NEW])

    const first = parts(await cipher.encrypt(ACCESS))
    const second = parts(await cipher.encrypt(ACCESS))

    expect(second[2]).not.toBe(first[2])
    expect(second[3]).not.toBe(first[3])
    expect(second[5]).not.toBe(first[5])
  })

  it('keeps no plaintext in the stored value', async () => {
    const stored = await createTokenCipher([NEW]).encrypt('refresh-na1-0123-abcdef')

    expect(stored).not.toContain('refresh')
    expect(Buffer.from(stored.replaceAll('.', ''), 'base64url').toString('latin1'))
      .not.toContain('refresh-na1')
  })

  it('derives the key with PBKDF2-SHA256 at 100,000 iterations and binds the header', async () => {
    // Built here with node:crypto directly from the parameters, so the cipher
    // cannot pass with a weaker derivation or without the v1.<keyId> associated data.
    const salt = Buffer.alloc(16, 7)
    const nonce = Buffer.alloc(12, 9)
    const key = pbkdf2Sync(NEW.secret, salt, 100_000, 32, 'sha256')
    const aes = createCipheriv('aes-256-gcm', key, nonce)
    aes.setAAD(Buffer.from('v1.k2026'))
    const ciphertext = Buffer.concat([aes.update('hand-made', 'utf8'), aes.final()])
    const stored = ['v1', 'k2026', salt, nonce, aes.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')

    await expect(createTokenCipher([NEW]).decrypt(stored)).resolves.toBe('hand-made')
  })

  it('decrypts values of an older key and encrypts under the first one', async () => {
    const stored = await createTokenCipher([OLD]).encrypt(ACCESS)
    const rotated = createTokenCipher([NEW, OLD])

    await expect(rotated.decrypt(stored)).resolves.toBe(ACCESS)
    expect(rotated.keyIdOf(stored)).toBe('k2025')
    expect(rotated.keyIdOf(await rotated.encrypt(ACCESS))).toBe('k2026')
  })

  it('refuses a key id that is not configured, naming it', async () => {
    const stored = await createTokenCipher([OLD]).encrypt(ACCESS)

    const refused = createTokenCipher([NEW]).decrypt(stored)

    await expect(refused).rejects.toThrow(TokenCipherError)
    await expect(refused).rejects.toThrow(/key id "k2025".*not configured/)
  })

  it('refuses a value whose key id was switched to another configured key', async () => {
    const both = createTokenCipher([NEW, OLD])
    const stored = await both.encrypt(ACCESS)

    await expect(both.decrypt(withPart(stored, 1, 'k2025'))).rejects.toThrow(/integrity check/)
  })

  it.each([
    ['salt', 2],
    ['nonce', 3],
    ['tag', 4],
    ['ciphertext', 5],
  ])('refuses a value with an altered %s', async (_name, index) => {
    const cipher = createTokenCipher([NEW])
    const stored = await cipher.encrypt(ACCESS)

    const altered = withPart(stored, index, flip(parts(stored)[index] ?? '', 0))

    await expect(cipher.decrypt(altered)).rejects.toThrow(TokenCipherError)
  })

  it('refuses every single-character change of a stored value', async () => {
    const cipher = createTokenCipher([NEW])
    const stored = await cipher.encrypt('short')
    const failures: string[] = []

    for (let at = 0; at < stored.length; at++) {
      if (stored[at] === '.') continue
      const changed = stored.slice(0, at) + (stored[at] === 'x' ? 'y' : 'x') + stored.slice(at + 1)
      const outcome = await cipher.decrypt(changed).then(() => 'accepted', (error: unknown) =>
        error instanceof TokenCipherError ? 'refused' : `crashed: ${String(error)}`)
      if (outcome !== 'refused') failures.push(`${at}: ${outcome}`)
    }

    expect(failures).toEqual([])
  })

  it('refuses a malformed value without echoing it', async () => {
    const cipher = createTokenCipher([NEW])
    const stored = await cipher.encrypt(ACCESS)
    const bad = [
      '',
      'plain-token',
      stored.split('.').slice(0, 5).join('.'),
      `${stored}.extra`,
      withPart(stored, 0, 'v2'),
      withPart(stored, 1, 'bad key!'),
      withPart(stored, 2, parts(stored)[2]?.slice(0, -2) ?? ''),
      withPart(stored, 3, `${parts(stored)[3]}AA`),
      withPart(stored, 4, '+/+/'),
      withPart(stored, 5, ''),
      withPart(stored, 5, `${parts(stored)[5]}=`),
    ]

    for (const value of bad) {
      const error = await cipher.decrypt(value).catch((caught: unknown) => caught)
      expect(error, value).toBeInstanceOf(TokenCipherError)
      if (value.length > 12) expect((error as Error).message).not.toContain(value.slice(3, 12))
    }
    expect(() => cipher.keyIdOf('v1.only')).toThrow(TokenCipherError)
  })

  it('throws a TypeError when misused', async () => {
    expect(() => createTokenCipher([])).toThrow(TypeError)
    expect(() => createTokenCipher([NEW, NEW])).toThrow(TypeError)
    expect(() => createTokenCipher([{ id: 'short', secret: 'too short' }])).toThrow(TypeError)
    expect(() => createTokenCipher([{ id: 'has.dot', secret: NEW.secret }])).toThrow(TypeError)
    await expect(createTokenCipher([NEW]).encrypt('')).rejects.toThrow(TypeError)
  })
})
