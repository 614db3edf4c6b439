/**
 * Compact keys: the engine keeps a 53-bit hash per normalized key instead of the string, so
 * a million records cost a few typed arrays. Two independent 32-bit mixes make accidental
 * equality of different keys about as likely as 2^-53 per compared pair.
 */

const HIGH_FACTOR = 2 ** 21

/** FNV-1a over UTF-16 code units. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }

  return hash >>> 0
}

function mix32(text: string): number {
  let hash = 0x9e3779b9
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x5bd1e995)
    hash ^= hash >>> 15
  }
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)

  return (hash ^ (hash >>> 16)) >>> 0
}

/** A non-zero 53-bit integer hash of a key; 0 is reserved for "no key". */
export function hashKey(text: string): number {
  const hash = hash32(text) * HIGH_FACTOR + (mix32(text) >>> 11)

  return hash === 0 ? 1 : hash
}

/** The top 32 bits of a {@link hashKey} value, used to sort records into blocks. */
export function blockBits(hash: number): number {
  return Math.floor(hash / HIGH_FACTOR)
}

/**
 * A non-zero 53-bit key for a non-negative integer below 2^32 (a 7-digit phone). The high
 * bits are a bijective mix, so blocks spread evenly and different integers never collide.
 */
export function hashInteger(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** 32) {
    throw new TypeError('hashInteger takes an integer in [0, 2^32)')
  }
  let mixed = Math.imul(value ^ (value >>> 16), 0x85ebca6b)
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35)
  mixed = (mixed ^ (mixed >>> 16)) >>> 0
  const hash = mixed * HIGH_FACTOR + (value % HIGH_FACTOR)

  return hash === 0 ? 1 : hash
}
