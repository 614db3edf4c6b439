/**
 * Email keys. Only the provider decides which spellings reach the same mailbox, so tags and
 * dots are dropped only where that provider is known to ignore them.
 */

/** Providers that deliver `name+tag@` to `name@`. */
const PLUS_TAG_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com',
  'mac.com', 'fastmail.com', 'fastmail.fm', 'protonmail.com', 'proton.me', 'pm.me',
])

/** Gmail ignores dots in the local part; googlemail.com is the same service. */
const DOT_BLIND_DOMAINS: ReadonlySet<string> = new Set(['gmail.com'])

const DOMAIN_ALIASES: ReadonlyMap<string, string> = new Map([['googlemail.com', 'gmail.com']])

const DOMAIN_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/

/** The mailbox an address reaches, as `local@domain`, or null when it is not an address. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  if (!raw) return null

  let text = raw.trim().toLowerCase()
  if (text.startsWith('mailto:')) text = text.slice(7)
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1)
  const at = text.lastIndexOf('@')
  if (at <= 0 || at === text.length - 1) return null

  let local = text.slice(0, at)
  let domain = text.slice(at + 1)
  if (domain.endsWith('.')) domain = domain.slice(0, -1)
  domain = DOMAIN_ALIASES.get(domain) ?? domain
  if (!DOMAIN_PATTERN.test(domain) || /\s/.test(local)) return null

  if (PLUS_TAG_DOMAINS.has(domain)) {
    const plus = local.indexOf('+')
    if (plus >= 0) local = local.slice(0, plus)
  }
  if (DOT_BLIND_DOMAINS.has(domain)) local = local.replaceAll('.', '')
  if (local === '') return null

  return `${local}@${domain}`
}

/** The domain part of a key made by {@link normalizeEmail}. */
export function emailDomain(emailKey: string): string {
  return emailKey.slice(emailKey.lastIndexOf('@') + 1)
}
