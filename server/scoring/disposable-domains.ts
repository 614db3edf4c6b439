import { readFile } from 'node:fs/promises'

/** Where the bundled list of throw-away mail domains lives. */
export const DISPOSABLE_DOMAINS_FILE = new URL('./data/disposable-domains.txt', import.meta.url)

/**
 * Turns the list file's text into a set of lower-case domains. Blank lines and `#` comments
 * are skipped so an updated upstream file with a header still loads.
 */
export function parseDisposableDomains(text: string): ReadonlySet<string> {
  const domains = new Set<string>()
  for (const line of text.split('\n')) {
    const domain = line.trim().toLowerCase()
    if (domain === '' || domain.startsWith('#')) continue
    domains.add(domain)
  }

  return domains
}

/** Reads the list once; the caller keeps the set and passes it to `scorePortal`. */
export async function loadDisposableDomains(
  file: URL | string = DISPOSABLE_DOMAINS_FILE,
): Promise<ReadonlySet<string>> {
  return parseDisposableDomains(await readFile(file, 'utf8'))
}
