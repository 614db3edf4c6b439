import type { PropertyValues } from '../../../shared/crm.ts'

import { ensureLength } from './growable.ts'
import { hash32, hashInteger, hashKey } from './hash-key.ts'
import { normalizeAddress, normalizeCity, normalizeZip } from './normalize-address.ts'
import { normalizeDomain } from './normalize-domain.ts'
import { companyNameParts } from './normalize-name.ts'
import { normalizePhone } from './normalize-phone.ts'
import { TokenSketch, tokenWeight } from './token-sketch.ts'

/** Name words kept per company for similarity; more rarely changes the outcome. */
export const MAX_NAME_TOKENS = 8

/** Properties the company rules read. */
export const COMPANY_KEY_PROPERTIES = [
  'name', 'domain', 'website', 'phone', 'address', 'zip', 'city',
] as const

/**
 * The compact keys of every company added, column by column (about 110 bytes a record).
 * Every hash column holds 0 for "no value".
 */
export class CompanyKeys {
  readonly #defaultCountry: string
  count = 0
  domain = new Float64Array(1024)
  name = new Float64Array(1024)
  /** Sorted 32-bit hashes of the name's words, {@link MAX_NAME_TOKENS} slots a record. */
  tokens = new Uint32Array(1024 * MAX_NAME_TOKENS)
  tokenCount = new Uint8Array(1024)
  /** Per token slot, the word's weight (see {@link tokenWeight}); filled by `weighTokens`. */
  tokenWeights = new Uint8Array(0)
  readonly #sketch = new TokenSketch()
  /** Country code and number as an integer, or 0 when the area code is unknown. */
  phoneFull = new Float64Array(1024)
  /** Hash of the last 7 digits, the part a number without area code can be compared by. */
  phoneLocal = new Float64Array(1024)
  street = new Float64Array(1024)
  houseNumber = new Float64Array(1024)
  zip = new Float64Array(1024)
  city = new Float64Array(1024)

  constructor(defaultCountry: string) {
    this.#defaultCountry = defaultCountry
  }

  add(properties: PropertyValues): number {
    const at = this.count
    this.#reserve(at + 1)
    this.count = at + 1

    const domain = normalizeDomain(properties.domain) ?? normalizeDomain(properties.website)
    if (domain !== null) this.domain[at] = hashKey(domain)

    const name = companyNameParts(properties.name)
    if (name !== null) {
      this.name[at] = hashKey(name.key)
      this.#setTokens(at, name.tokens)
    }

    const phone = normalizePhone(properties.phone, this.#defaultCountry)
    if (phone !== null) {
      this.phoneFull[at] = phone.full ?? 0
      this.phoneLocal[at] = hashInteger(phone.local)
    }

    const address = normalizeAddress(properties.address)
    if (address !== null) {
      this.street[at] = hashKey(address.street)
      this.houseNumber[at] = hashKey(address.number)
    }
    const zip = normalizeZip(properties.zip)
    if (zip !== null) this.zip[at] = hashKey(zip)
    const city = normalizeCity(properties.city)
    if (city !== null) this.city[at] = hashKey(city)

    return at
  }

  #setTokens(at: number, tokens: readonly string[]): void {
    const first = at * MAX_NAME_TOKENS
    const count = Math.min(tokens.length, MAX_NAME_TOKENS)
    // Insertion sort in place: at most 8 words, no comparator calls or temporary arrays.
    for (let i = 0; i < count; i++) {
      const hash = hash32(tokens[i] ?? '')
      this.#sketch.add(hash)
      let slot = first + i
      while (slot > first && (this.tokens[slot - 1] ?? 0) > hash) {
        this.tokens[slot] = this.tokens[slot - 1] ?? 0
        slot--
      }
      this.tokens[slot] = hash
    }
    this.tokenCount[at] = count
  }

  /** Weighs every stored name word by how rare it is; call once all records are added. */
  weighTokens(): void {
    this.tokenWeights = new Uint8Array(this.count * MAX_NAME_TOKENS)
    for (let at = 0; at < this.count; at++) {
      const first = at * MAX_NAME_TOKENS
      const last = first + (this.tokenCount[at] ?? 0)
      for (let slot = first; slot < last; slot++) {
        const uses = this.#sketch.estimate(this.tokens[slot] ?? 0)
        this.tokenWeights[slot] = tokenWeight(uses, this.count)
      }
    }
  }

  #reserve(rows: number): void {
    this.domain = ensureLength(this.domain, rows)
    this.name = ensureLength(this.name, rows)
    this.tokens = ensureLength(this.tokens, rows * MAX_NAME_TOKENS)
    this.tokenCount = ensureLength(this.tokenCount, rows)
    this.phoneFull = ensureLength(this.phoneFull, rows)
    this.phoneLocal = ensureLength(this.phoneLocal, rows)
    this.street = ensureLength(this.street, rows)
    this.houseNumber = ensureLength(this.houseNumber, rows)
    this.zip = ensureLength(this.zip, rows)
    this.city = ensureLength(this.city, rows)
  }
}
