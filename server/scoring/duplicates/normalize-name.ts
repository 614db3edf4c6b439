/** Name keys for companies and people: case, accents, punctuation and legal forms dropped. */

/** Legal-form words that differ between spellings of one company: "Acme, Inc." = "ACME". */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'ab', 'ag', 'aps', 'as', 'bv', 'co', 'company', 'corp', 'corporation', 'gmbh', 'inc',
  'incorporated', 'kg', 'kk', 'limited', 'llc', 'llp', 'lp', 'lda', 'ltd', 'nv', 'oy',
  'pc', 'plc', 'pllc', 'pte', 'pty', 'pvt', 'sa', 'sarl', 'sas', 'spa', 'srl',
])

/** Words that carry no identity when comparing names token by token. */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the',
])

const NON_ASCII = /[^\u0000-\u007f]/
const COMBINING_MARKS = /\p{M}+/gu
const NOT_ALPHANUMERIC = /[^a-z0-9]+/

/**
 * Lower-case alphanumeric words of a value. `&` reads as "and", accents are dropped, and runs
 * of single letters are joined so "L.L.C." and "LLC" give the same word.
 */
export function words(raw: string): string[] {
  let text = raw.toLowerCase()
  if (NON_ASCII.test(text)) text = text.normalize('NFKD').replace(COMBINING_MARKS, '')
  const parts = text.replaceAll('&', ' and ').split(NOT_ALPHANUMERIC)
  const result: string[] = []
  let letters = ''
  for (const part of parts) {
    if (part.length === 1 && part >= 'a') {
      letters += part
      continue
    }
    if (letters !== '') result.push(letters)
    letters = ''
    if (part !== '') result.push(part)
  }
  if (letters !== '') result.push(letters)

  return result
}

/** What a company name is compared by: its key and its identifying words. */
export interface CompanyNameParts {
  /** Words without "the" and without trailing legal forms, joined by spaces. */
  readonly key: string
  /** Distinct words without fillers and legal forms, for similarity between two names. */
  readonly tokens: readonly string[]
}

/** Both comparable forms of a company name from one pass, or null when it has no words. */
export function companyNameParts(raw: string | null | undefined): CompanyNameParts | null {
  if (!raw) return null

  const all = words(raw)
  if (all.length === 0) return null

  const kept = all.filter((word) => word !== 'the')
  while (kept.length > 1 && LEGAL_SUFFIXES.has(kept[kept.length - 1] ?? '')) kept.pop()
  if (kept.length === 1 && LEGAL_SUFFIXES.has(kept[0] ?? '')) kept.pop()
  const key = (kept.length > 0 ? kept : all).join(' ')
  const tokens = all.filter((word) => !FILLER_WORDS.has(word) && !LEGAL_SUFFIXES.has(word))

  return { key, tokens: [...new Set(tokens)] }
}

/**
 * The comparable form of a company name: "The Acme Co." and "ACME" give "acme". A name made
 * only of such words keeps them; null when there are no words at all.
 */
export function companyNameKey(raw: string | null | undefined): string | null {
  return companyNameParts(raw)?.key ?? null
}

/** A person's first and last name as one key, or null when either part is missing. */
export function personNameKey(
  first: string | null | undefined,
  last: string | null | undefined,
): string | null {
  const firstWords = first ? words(first) : []
  const lastWords = last ? words(last) : []
  if (firstWords.length === 0 || lastWords.length === 0) return null

  return `${firstWords.join(' ')}|${lastWords.join(' ')}`
}
