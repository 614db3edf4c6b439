import { words } from './normalize-name.ts'

/** A street address reduced to what identifies the building. */
export interface AddressKey {
  /** House number, e.g. "4701" (the first of a range such as "4753-59"). */
  readonly number: string
  /** Number, direction and street name without the street type: "4701 n winthrop". */
  readonly street: string
}

const DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['n', 'n'], ['north', 'n'], ['s', 's'], ['south', 's'], ['e', 'e'], ['east', 'e'],
  ['w', 'w'], ['west', 'w'], ['ne', 'ne'], ['northeast', 'ne'], ['nw', 'nw'],
  ['northwest', 'nw'], ['se', 'se'], ['southeast', 'se'], ['sw', 'sw'], ['southwest', 'sw'],
])

/** Street types end the street name: "Pulaski Rd" and "Pulaski" are one street. */
const STREET_TYPES: ReadonlySet<string> = new Set([
  'al', 'alley', 'av', 'ave', 'avenue', 'blvd', 'boulevard', 'cir', 'circle', 'ct', 'court',
  'cres', 'crescent', 'dr', 'drive', 'expy', 'expressway', 'fwy', 'freeway', 'hwy',
  'highway', 'ln', 'lane', 'pkwy', 'parkway', 'pl', 'place', 'plz', 'plaza', 'rd', 'road',
  'sq', 'square', 'st', 'street', 'ter', 'terrace', 'trl', 'trail', 'way',
])

/** Unit designators also end it: the suite is not part of the building. */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  'apt', 'apartment', 'bldg', 'building', 'fl', 'floor', 'rm', 'room', 'ste', 'suite',
  'unit',
])

/** Abbreviations that open a street name ("St Lawrence" is Saint, not Street). */
const NAME_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'], ['mt', 'mount'], ['ft', 'fort'],
])

const HOUSE_NUMBER = /^\d+[a-z]?$/
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/
const RANGE = /^\s*(\d+)\s*-\s*\d+/
const MAX_NAME_WORDS = 4

/** The building an address line names, or null without a leading house number. */
export function normalizeAddress(raw: string | null | undefined): AddressKey | null {
  if (!raw) return null

  const tokens = words(raw.replace(RANGE, '$1'))
  const number = tokens[0]
  if (number === undefined || !HOUSE_NUMBER.test(number)) return null

  let rest = tokens.slice(1)
  const direction = rest.length > 1 ? DIRECTIONS.get(rest[0] ?? '') : undefined
  if (direction !== undefined) rest = rest.slice(1)
  const name: string[] = []
  for (const token of rest) {
    if (UNIT_WORDS.has(token) || (name.length > 0 && STREET_TYPES.has(token))) break
    if (name.length === MAX_NAME_WORDS) break
    const word = name.length === 0 ? (NAME_PREFIXES.get(token) ?? token) : token
    name.push(word.replace(ORDINAL, '$1'))
  }
  if (name.length === 0) return null

  const parts = direction === undefined ? [number, ...name] : [number, direction, ...name]

  return { number, street: parts.join(' ') }
}

/**
 * A comparable postal code: US ZIP+4 cut to five digits (Excel's lost leading zero
 * restored), other codes as lower-case alphanumerics; null when empty.
 */
export function normalizeZip(raw: string | null | undefined): string | null {
  if (!raw) return null

  const compact = raw.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (compact === '') return null
  if (/^\d{4}$/.test(compact)) return `0${compact}`
  if (/^\d{5}(\d{4})?$/.test(compact)) return compact.slice(0, 5)

  return compact
}

/** A comparable city name: words, with a leading St/Mt/Ft read as Saint/Mount/Fort. */
export function normalizeCity(raw: string | null | undefined): string | null {
  if (!raw) return null

  const tokens = words(raw)
  if (tokens.length === 0) return null
  tokens[0] = NAME_PREFIXES.get(tokens[0] ?? '') ?? tokens[0] ?? ''

  return tokens.join(' ')
}
