import { describe, expect, it } from 'vitest'

import {
  createEmailJudge,
  emailDomain,
  isDisposableDomain,
} from '../../../../server/scoring/validity/email.ts'

describe('createEmailJudge', () => {
  const judge = createEmailJudge()

  it('accepts ordinary addresses', () => {
    for (const email of ['maria@example.com', 'Brian.Halligan@HubSpot.com',
      'first+tag@mail.example.co.uk', "o'neil@example.ie", 'a_b-c@sub-domain.example.io']) {
      expect(judge(email), email).toBeNull()
    }
  })

  it('rejects malformed addresses as syntax problems', () => {
    for (const email of ['maria.example.com', 'maria@', '@example.com', 'maria@@example.com',
      'maria @example.com', ' maria@example.com', 'maria@example', '.maria@example.com',
      'ma..ria@example.com', 'maria@-example.com', 'maria@example.com.']) {
      expect(judge(email), email).toBe('syntax')
    }
  })

  it('rejects addresses whose domain has no real public suffix', () => {
    expect(judge('maria@gmail.con')).toBe('no-public-suffix')
    expect(judge('maria@example.local')).toBe('no-public-suffix')
  })

  it('answers correctly after its per-domain cache fills up and empties', () => {
    const tiny = createEmailJudge(1)

    expect(tiny('a@example.com')).toBeNull()
    expect(tiny('b@gmail.con')).toBe('no-public-suffix')
    expect(tiny('c@example.com')).toBeNull()
  })
})

describe('emailDomain', () => {
  it('returns the lower-cased domain of a valid email, else null', () => {
    expect(emailDomain('Maria@Example.COM')).toBe('example.com')
    expect(emailDomain('not an email')).toBeNull()
  })
})

describe('isDisposableDomain', () => {
  const list = new Set(['mailinator.com', 'dynv6.net'])

  it('matches a listed domain and its sub-domains', () => {
    expect(isDisposableDomain('mailinator.com', list)).toBe(true)
    expect(isDisposableDomain('x.y.dynv6.net', list)).toBe(true)
  })

  it('does not match other domains, nor a bare suffix', () => {
    expect(isDisposableDomain('example.com', list)).toBe(false)
    expect(isDisposableDomain('notmailinator.com', list)).toBe(false)
    expect(isDisposableDomain('com', new Set(['com']))).toBe(true)
    expect(isDisposableDomain('example.com', new Set(['com']))).toBe(false)
  })
})
