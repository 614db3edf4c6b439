import { parse } from 'tldts'

/** Why a website or domain value fails; `null` when it is fine. */
export type WebAddressProblem = 'whitespace' | 'not-http' | 'url-in-domain' | 'no-public-suffix'

// Any "scheme://" prefix; websites may carry http or https, domains none at all.
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
const BARE_HOST = /^[a-z0-9.-]+$/i
const WHITESPACE = /\s/

/**
 * True when tldts finds a registrable domain under a real (ICANN) public suffix: rules out
 * "Yes", "No", "localhost", made-up endings and IP addresses.
 */
function hasPublicSuffix(value: string): boolean {
  const parsed = parse(value)

  return parsed.domain !== null && parsed.isIcann === true && parsed.isIp !== true
}

/** Judges a website value: an http(s) URL or a bare host name under a real suffix. */
export function websiteProblem(value: string): WebAddressProblem | null {
  if (WHITESPACE.test(value)) return 'whitespace'

  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return 'not-http'
  // "mailto:" and "user@host" values are addresses, not sites.
  if (value.includes('@')) return 'not-http'

  return hasPublicSuffix(value) ? null : 'no-public-suffix'
}

/** Judges a company domain: a bare host name ("example.com"), no scheme or path. */
export function domainProblem(value: string): WebAddressProblem | null {
  if (WHITESPACE.test(value)) return 'whitespace'
  if (!BARE_HOST.test(value)) return 'url-in-domain'

  return hasPublicSuffix(value) ? null : 'no-public-suffix'
}
