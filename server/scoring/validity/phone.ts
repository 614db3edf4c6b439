import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max'

/**
 * `no-area-code`: a 7-digit local number that cannot be dialled from outside its area;
 * `unverifiable`: a national number while no default country is known.
 */
export type PhoneVerdict = 'valid' | 'no-area-code' | 'invalid' | 'unverifiable'

// Only digits, a leading plus and the usual separators: such values differ from their
// bare digits by formatting alone, so they share one cache entry.
const PLAIN_NUMBER = /^\s*\+?[\d\s().\-/]+$/
const NON_DIGITS = /\D/g
const INTERNATIONAL = /^\s*(?:\+|00)/

function digitsOf(value: string): string {
  return value.replace(NON_DIGITS, '')
}

function judgeWithLibrary(value: string, country: CountryCode | undefined): PhoneVerdict {
  const digits = digitsOf(value)
  // No phone number anywhere has no digits or more than 17 national digits plus a
  // 3-digit country code; skip the parser for those.
  if (digits.length === 0 || digits.length > 20) return 'invalid'

  const international = INTERNATIONAL.test(value)
  if (country === undefined && !international) return 'unverifiable'

  // The `max` metadata checks the digits against each number type's pattern, not only the
  // length: "+1 555 123 4567" has a plausible length but no such area code.
  const parsed = parsePhoneNumberFromString(value, country)
  if (parsed?.isValid()) return 'valid'

  return !international && digits.length === 7 ? 'no-area-code' : 'invalid'
}

/**
 * Builds a phone judge for a portal. National numbers are read as numbers of
 * `defaultCountry` (ISO 3166 alpha-2). Answers are cached per number, formatting aside,
 * and the cache is emptied when full to keep memory bounded.
 */
export function createPhoneJudge(
  defaultCountry?: string,
  cacheLimit = 100_000,
): (value: string) => PhoneVerdict {
  // Configuration may hold "us" or nothing at all ("").
  const code = defaultCountry?.trim().toUpperCase() || undefined
  if (code !== undefined && !isSupportedCountry(code)) {
    throw new TypeError(`Unsupported default country ${defaultCountry}`)
  }
  const country = code as CountryCode | undefined
  const answers = new Map<string, PhoneVerdict>()

  return (value) => {
    const key = PLAIN_NUMBER.test(value)
      ? (value.trimStart().startsWith('+') ? '+' : '') + digitsOf(value)
      : value
    const known = answers.get(key)
    if (known !== undefined) return known

    const verdict = judgeWithLibrary(value, country)
    if (answers.size >= cacheLimit) answers.clear()
    answers.set(key, verdict)

    return verdict
  }
}
