import { ensureLength } from './growable.ts'

const CANONICAL_NUMBER = /^(0|[1-9]\d{0,14})$/

/**
 * Record ids, compactly: HubSpot ids and CSV row numbers are decimal integers, kept in a
 * Float64Array (8 bytes each, no per-id string object); anything else goes to a small map.
 */
export class IdStore {
  #numbers = new Float64Array(1024)
  readonly #others = new Map<number, string>()
  length = 0

  add(id: string): number {
    if (typeof id !== 'string') throw new TypeError('record ids must be strings')

    const at = this.length
    this.#numbers = ensureLength(this.#numbers, at + 1)
    if (CANONICAL_NUMBER.test(id)) this.#numbers[at] = Number(id)
    else {
      this.#numbers[at] = -1
      this.#others.set(at, id)
    }
    this.length = at + 1

    return at
  }

  get(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new TypeError(`no record at index ${index}`)
    }
    const number = this.#numbers[index] ?? -1

    return number >= 0 ? String(number) : (this.#others.get(index) ?? '')
  }
}
