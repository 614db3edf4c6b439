import { parse } from 'tldts'

/** Why an email fails; `null` when it is fine. */
export type EmailProblem = 'syntax' | 'no-public-suffix'

// A practical subset of RFC 5322: dot-atom local part, host labels of letters, digits and
// inner hyphens. Quoted local parts and IP literals are legal but never seen in a CRM.
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+"
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@((?:${LABEL}\\.)+${LABEL})$`, 'i')

/** The lower-case domain of a syntactically valid email, or null. */
export function emailDomain(value: string): string | null {
  const domain = EMAIL.exec(value)?.[1]

  return domain === undefined ? null : domain.toLowerCase()
}

/**
 * Judges an email: its syntax, then whether its domain ends in a real public suffix
 * ("gmail.con" does not). The suffix look-up is cached per domain, as few are shared by
 * many contacts; the cache is cleared when full to keep memory bounded.
 */
export function createEmailJudge(cacheLimit = 50_000): (value: string) => EmailProblem | null {
  const suffixOk = new Map<string, boolean>()

  return (value) => {
    const domain = emailDomain(value)
    if (domain === null) return 'syntax'

    let ok = suffixOk.get(domain)
    if (ok === undefined) {
      const parsed = parse(domain)
      ok = parsed.domain !== null && parsed.isIcann === true
      if (suffixOk.size >= cacheLimit) suffixOk.clear()
      suffixOk.set(domain, ok)
    }

    return ok ? null : 'no-public-suffix'
  }
}

/**
 * True when the domain, or a parent of it, is on the throw-away list: the list names
 * services, and some hand out sub-domains.
 */
export function isDisposableDomain(domain: string, disposable: ReadonlySet<string>): boolean {
  let candidate = domain
  for (;;) {
    if (disposable.has(candidate)) return true

    const dot = candidate.indexOf('.')
    if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) return false
    candidate = candidate.slice(dot + 1)
  }
}
