import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString }
  from 'libphonenumber-js/max'
import { parse } from 'tldts'

import { createEmailJudge } from '../scoring/validity/email.ts'
import { domainProblem, websiteProblem } from '../scoring/validity/web-address.ts'

const judgeEmail = createEmailJudge(1_000)
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

/** The address trimmed and lower-cased, when that makes it a valid email; else null. */
export function normalizeEmail(value: string): string | null {
  const normalized = value.trim().toLowerCase()

  return judgeEmail(normalized) === null ? normalized : null
}

/**
 * The number in E.164 (`+13125550100`), reading national numbers as numbers of
 * `defaultCountry`; null when the library cannot make a valid number of it.
 */
export function normalizePhone(value: string, defaultCountry: string): string | null {
  const code = defaultCountry.trim().toUpperCase()
  const country = isSupportedCountry(code) ? (code as CountryCode) : undefined
  const parsed = parsePhoneNumberFromString(value.trim(), country)

  return parsed?.isValid() ? parsed.number : null
}

/** The host of a website or domain value, lower-case and without `www.`; null if none. */
function hostOf(value: string): string | null {
  const trimmed = value.trim().replace(/\s+/g, '')
  if (trimmed === '' || trimmed.includes('@')) return null
  const withScheme = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`
  let host: string
  try {
    host = new URL(withScheme).hostname.toLowerCase()
  } catch {
    return null
  }
  const parsed = parse(host)
  if (parsed.domain === null || parsed.isIcann !== true || parsed.isIp === true) return null

  return host.startsWith('www.') ? host.slice(4) : host
}

/** A bare company domain (`example.com`) from a domain, URL or host; null if none. */
export function normalizeDomain(value: string): string | null {
  const host = hostOf(value)

  return host !== null && domainProblem(host) === null ? host : null
}

/**
 * A website as an https link to its host and path, spaces removed and the host
 * lower-cased; an http link stays http. Null when no real host is in it.
 */
export function normalizeWebsite(value: string): string | null {
  const trimmed = value.trim().replace(/\s+/g, '')
  if (hostOf(trimmed) === null) return null
  const url = new URL(SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const path = url.pathname === '/' ? '' : url.pathname
  const cleaned = `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}`

  return websiteProblem(cleaned) === null ? cleaned : null
}
