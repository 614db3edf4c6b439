import { getDomain } from 'tldts'

import { FREE_MAIL_DOMAINS, SHARED_SITE_DOMAINS } from './free-domains.ts'

// Private suffixes (acme.wixsite.com, acme.github.io) keep the customer's own label.
const TLDTS_OPTIONS = { allowPrivateDomains: true, detectIp: true } as const

/**
 * The registrable domain of a `domain` or `website` value, lower-case and without `www`,
 * or null when there is none (`Yes`, an IP address) or it is a free mail or shared hosting
 * domain that many organisations use.
 */
export function normalizeDomain(raw: string | null | undefined): string | null {
  if (!raw) return null

  const text = raw.trim().toLowerCase()
  if (text === '' || !text.includes('.')) return null

  const domain = getDomain(text, TLDTS_OPTIONS)
  if (domain === null || isSharedDomain(domain)) return null

  return domain
}

/** True for free mailbox and shared hosting domains, which say nothing about an employer. */
export function isSharedDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain) || SHARED_SITE_DOMAINS.has(domain)
}
