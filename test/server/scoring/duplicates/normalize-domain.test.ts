import { describe, expect, it } from 'vitest'

import {
  isSharedDomain,
  normalizeDomain,
} from '../../../../server/scoring/duplicates/normalize-domain.ts'

describe('normalizeDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['WWW.Acme.com', 'acme.com'],
    ['https://www.acme.com/about?x=1', 'acme.com'],
    ['http://shop.acme.co.uk/', 'acme.co.uk'],
    ['  acme.com  ', 'acme.com'],
    ['www.chicagocommons.org', 'chicagocommons.org'],
  ])('reduces %j to its registrable domain %j', (raw, expected) => {
    expect(normalizeDomain(raw)).toBe(expected)
  })

  it('keeps the customer label under a private hosting suffix', () => {
    expect(normalizeDomain('https://acme.wixsite.com/home')).toBe('acme.wixsite.com')
  })

  it.each([
    'Yes', 'No', '', 'n/a', 'http://10.0.0.1/', 'https://www.facebook.com/acme',
    'https://sites.google.com/view/acme', 'gmail.com', 'www.yahoo.com',
  ])('returns null for %j, which names no organisation', (raw) => {
    expect(normalizeDomain(raw)).toBeNull()
  })
})

describe('isSharedDomain', () => {
  it('is true for free mail and shared hosting, false for a company domain', () => {
    expect(isSharedDomain('hotmail.com')).toBe(true)
    expect(isSharedDomain('linkedin.com')).toBe(true)
    expect(isSharedDomain('acme.com')).toBe(false)
  })
})
