import { describe, expect, it } from 'vitest'

import {
  loadDisposableDomains,
  parseDisposableDomains,
} from '../../../server/scoring/disposable-domains.ts'

describe('parseDisposableDomains', () => {
  it('keeps one lower-case domain per line and skips blanks and comments', () => {
    const domains = parseDisposableDomains('# header\nMailinator.com\n\n  temp-mail.org \r\n')

    expect([...domains]).toEqual(['mailinator.com', 'temp-mail.org'])
  })
})

describe('loadDisposableDomains', () => {
  it('reads the bundled list of 8,335 domains', async () => {
    const domains = await loadDisposableDomains()

    expect(domains.size).toBe(8335)
    expect(domains.has('mailinator.com')).toBe(true)
    expect(domains.has('gmail.com')).toBe(false)
  })
})
