import { describe, expect, it } from 'vitest'

import { normalizeDomain, normalizeEmail, normalizePhone, normalizeWebsite }
  from '../../../server/fixes/normalize.ts'

describe('normalizeEmail', () => {
  it('trims and lower-cases an address', () => {
    expect(normalizeEmail(' Jane.Doe@Example.COM ')).toBe('jane.doe@example.com')
  })

  it('answers null when no valid address comes out', () => {
    expect(normalizeEmail('jane at example')).toBeNull()
  })
})

describe('normalizePhone', () => {
  it('writes a national number of the default country in E.164', () => {
    // US: country code 1, then the 10 national digits.
    expect(normalizePhone('(312) 555-0100', 'US')).toBe('+13125550100')
  })

  it('keeps an international number in its own country', () => {
    expect(normalizePhone('+44 20 7946 0958', 'US')).toBe('+442079460958')
  })

  it('answers null for a number without an area code', () => {
    expect(normalizePhone('555-0100', 'US')).toBeNull()
  })
})

describe('normalizeDomain and normalizeWebsite', () => {
  it('takes the bare host out of a link, without www', () => {
    expect(normalizeDomain('https://www.Acme.com/about')).toBe('acme.com')
  })

  it('answers null for a value without a real domain ending', () => {
    expect(normalizeDomain('acme')).toBeNull()
    expect(normalizeWebsite('n/a')).toBeNull()
  })

  it('makes a website an https link with a lower-case host', () => {
    expect(normalizeWebsite(' WWW.Acme.com/About ')).toBe('https://www.acme.com/About')
    expect(normalizeWebsite('http://Acme.COM/')).toBe('http://acme.com')
  })
})
