import { type CompanyKeys, MAX_NAME_TOKENS } from './company-keys.ts'

/**
 * Share of the lighter name's word weight the other name must contain to count as similar.
 * Weights follow rarity, so "Tallo Health" and "Smile Health" (a shared common word) are not
 * similar, while "Ryder" and "Chicago Public Schools Ryder" (a shared rare word) are.
 */
export const SIMILAR_NAME_OVERLAP = 0.5

// Indexes into COMPANY_MATCHES.
const DOMAIN_AND_NAME = 0
const PHONE_AND_ADDRESS = 1
const PHONE_AND_NUMBER = 2
const ADDRESS_AND_NAME = 3
const DOMAIN = 4
const PHONE_AND_NAME = 5
const ADDRESS = 6
const NAME = 7
const PHONE = 8

/**
 * The kind of match between companies `a` and `b` (an index into COMPANY_MATCHES), or -1.
 * A 7-digit phone is shared by every site of an organisation in the Chicago data, and a
 * street address by every tenant of a building, so each needs a second signal or at least
 * no contradicting one; a differing zip or city, address, phone or domain counts against a
 * match. Call `keys.weighTokens()` first.
 */
export function matchCompanies(keys: CompanyKeys, a: number, b: number): number {
  const similarName = nameOverlap(keys, a, b) >= SIMILAR_NAME_OVERLAP
  const sameName = keys.name[a] !== 0 && keys.name[a] === keys.name[b]
  if (keys.domain[a] !== 0 && keys.domain[a] === keys.domain[b]) {
    return similarName || sameName ? DOMAIN_AND_NAME : DOMAIN
  }
  const domainConflict = differ(keys.domain, a, b)
  if (domainConflict && !similarName) return -1

  const placeConflict = differ(keys.zip, a, b) || differ(keys.city, a, b)
  const sameAddress = !placeConflict && equal(keys.street, a, b)
  const addressConflict = both(keys.street, a, b) && !sameAddress
  const phone = comparePhones(keys, a, b)

  if (sameAddress && phone === 'same') return PHONE_AND_ADDRESS
  if (phone === 'same' && !placeConflict && equal(keys.houseNumber, a, b)) return PHONE_AND_NUMBER
  if (sameAddress && similarName) return ADDRESS_AND_NAME
  if (phone === 'same' && similarName && !addressConflict) return PHONE_AND_NAME
  if (sameAddress && phone !== 'different') return ADDRESS
  // Alone, a name or a phone must not be contradicted by anything else known.
  const contradicted = addressConflict || placeConflict || domainConflict
  if (sameName && !contradicted && phone !== 'different') return NAME
  const unnamed = keys.tokenCount[a] === 0 || keys.tokenCount[b] === 0
  if (phone === 'same' && unnamed && !contradicted && both(keys.phoneFull, a, b)) return PHONE

  return -1
}

/** Full numbers compare in full; a number without area code only by its last 7 digits. */
function comparePhones(keys: CompanyKeys, a: number, b: number): 'same' | 'different' | 'unknown' {
  if (!both(keys.phoneLocal, a, b)) return 'unknown'

  const fullA = keys.phoneFull[a] ?? 0
  const fullB = keys.phoneFull[b] ?? 0
  const same = fullA !== 0 && fullB !== 0
    ? fullA === fullB
    : keys.phoneLocal[a] === keys.phoneLocal[b]

  return same ? 'same' : 'different'
}

/**
 * Weight of the words both names share over the lighter name's total weight (a weighted
 * overlap coefficient), 0 to 1; 0 when either name is missing.
 */
export function nameOverlap(keys: CompanyKeys, a: number, b: number): number {
  const countA = keys.tokenCount[a] ?? 0
  const countB = keys.tokenCount[b] ?? 0
  if (countA === 0 || countB === 0) return 0

  const { tokens, tokenWeights: weights } = keys
  let i = a * MAX_NAME_TOKENS
  let j = b * MAX_NAME_TOKENS
  const endA = i + countA
  const endB = j + countB
  let totalA = 0
  let totalB = 0
  for (let k = i; k < endA; k++) totalA += weights[k] ?? 0
  for (let k = j; k < endB; k++) totalB += weights[k] ?? 0
  let shared = 0
  while (i < endA && j < endB) {
    const tokenA = tokens[i] ?? 0
    const tokenB = tokens[j] ?? 0
    if (tokenA === tokenB) shared += Math.min(weights[i] ?? 0, weights[j] ?? 0)
    if (tokenA <= tokenB) i++
    if (tokenB <= tokenA) j++
  }

  return shared / Math.min(totalA, totalB)
}

function both(column: Float64Array, a: number, b: number): boolean {
  return column[a] !== 0 && column[b] !== 0
}

function equal(column: Float64Array, a: number, b: number): boolean {
  return column[a] !== 0 && column[a] === column[b]
}

function differ(column: Float64Array, a: number, b: number): boolean {
  return both(column, a, b) && column[a] !== column[b]
}
