/**
 * How many records use each name word, estimated in fixed memory (a count-min sketch: the
 * smallest of three hashed counters, never below the true count). Words used by many records
 * ("dental", "center", "chicago") say little about identity; rare ones say a lot.
 */
const SEEDS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d]

export class TokenSketch {
  readonly #mask: number
  readonly #rows: readonly Uint32Array[]

  /** 3 x 2^widthBits counters; the default 2^20 takes 12 MB and stays accurate past 1M words. */
  constructor(widthBits = 20) {
    if (!Number.isInteger(widthBits) || widthBits < 4 || widthBits > 26) {
      throw new TypeError('widthBits must be an integer from 4 to 26')
    }
    this.#mask = (1 << widthBits) - 1
    this.#rows = SEEDS.map(() => new Uint32Array(1 << widthBits))
  }

  /** Counts one use of the word whose 32-bit hash is `token`. */
  add(token: number): void {
    for (let row = 0; row < this.#rows.length; row++) {
      const counters = this.#rows[row] as Uint32Array
      const slot = this.#slot(token, row)
      counters[slot] = (counters[slot] ?? 0) + 1
    }
  }

  /** Records using the word: at least the true count, usually exactly it. */
  estimate(token: number): number {
    let smallest = Infinity
    for (let row = 0; row < this.#rows.length; row++) {
      smallest = Math.min(smallest, this.#rows[row]?.[this.#slot(token, row)] ?? 0)
    }

    return smallest
  }

  #slot(token: number, row: number): number {
    const mixed = Math.imul(token ^ (token >>> 15), SEEDS[row] ?? 1)

    return (mixed ^ (mixed >>> 13)) & this.#mask
  }
}

/** Weight steps per unit of inverse document frequency, so weights fit a byte. */
export const WEIGHT_STEPS = 16

/**
 * A word's weight: inverse document frequency ln((records + 1) / (uses + 0.5)) in 1/16
 * steps, at least 1, at most 255. Always positive, so a name never weighs nothing.
 */
export function tokenWeight(uses: number, records: number): number {
  const idf = Math.log((records + 1) / (uses + 0.5))

  return Math.min(255, Math.max(1, Math.round(idf * WEIGHT_STEPS)))
}
