import { parsePhoneNumberFromString } from 'libphonenumber-js/min'
import type { CountryCode } from 'libphonenumber-js/min'

/** A phone number reduced to digits. */
export interface PhoneKey {
  /** Country calling code and national number as one integer; null without an area code. */
  readonly full: number | null
  /** The last 7 digits of the national number: all a local number without area code has. */
  readonly local: number
}

/** Regions of the North American Numbering Plan: 10-digit national numbers, code 1. */
const NANP_REGIONS: ReadonlySet<string> = new Set([
  'US', 'CA', 'PR', 'VI', 'GU', 'AS', 'MP', 'AG', 'AI', 'BB', 'BM', 'BS', 'DM', 'DO', 'GD',
  'JM', 'KN', 'KY', 'LC', 'MS', 'SX', 'TC', 'TT', 'VC', 'VG',
])

const EXTENSION = /\s*(?:#|x|ext\.?|extension)\s*\d+\s*$/i
const LETTER = /[a-z]/i
const NON_DIGITS = /\D+/g
const LOCAL_LENGTH = 7

/**
 * Digits of a phone number: `full` when the area code is known, `local` always. Letters
 * ("555-TEST") and impossible lengths give null. NANP numbers take a fast path because
 * libphonenumber costs about 10 µs a number, too much for a million rows.
 */
export function normalizePhone(
  raw: string | null | undefined,
  defaultCountry = 'US',
): PhoneKey | null {
  if (!raw) return null

  const text = raw.replace(EXTENSION, '').trim()
  if (text === '' || LETTER.test(text)) return null

  const international = text.startsWith('+') || text.startsWith('00')
  let digits = text.replace(NON_DIGITS, '')
  if (text.startsWith('00')) digits = digits.slice(2)
  if (international ? digits.startsWith('1') : NANP_REGIONS.has(defaultCountry)) {
    return nanpKey(international ? digits.slice(1) : digits)
  }

  return otherKey(text, defaultCountry)
}

function nanpKey(digits: string): PhoneKey | null {
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
  if (national.length === LOCAL_LENGTH) return { full: null, local: Number(national) }
  if (national.length !== 10) return null

  return { full: Number(`1${national}`), local: Number(national.slice(-LOCAL_LENGTH)) }
}

function otherKey(text: string, defaultCountry: string): PhoneKey | null {
  const parsed = parsePhoneNumberFromString(text, defaultCountry as CountryCode)
  if (!parsed?.isPossible()) return null

  const national = parsed.nationalNumber
  // Beyond 15 digits a number no longer fits a double exactly (E.164 allows 15).
  const full = `${parsed.countryCallingCode}${national}`
  if (full.length > 15) return null

  return { full: Number(full), local: Number(national.slice(-LOCAL_LENGTH)) }
}
