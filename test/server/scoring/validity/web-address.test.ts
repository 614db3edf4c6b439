import { describe, expect, it } from 'vitest'

import { domainProblem, websiteProblem } from '../../../../server/scoring/validity/web-address.ts'

describe('websiteProblem', () => {
  it('accepts URLs and bare host names under a real suffix', () => {
    for (const site of ['https://www.example.com', 'http://example.co.uk/about?x=1',
      'www.example.de', 'example.com', 'https://shop.example.com:8443/', 'foo.github.io']) {
      expect(websiteProblem(site), site).toBeNull()
    }
  })

  it('rejects "Yes", "No" and other words that are not sites', () => {
    for (const value of ['Yes', 'No', 'n.a', 'localhost', 'example.invalidtld']) {
      expect(websiteProblem(value), value).toBe('no-public-suffix')
    }
  })

  it('rejects IP addresses', () => {
    expect(websiteProblem('http://192.168.0.1')).toBe('no-public-suffix')
  })

  it('rejects values with spaces', () => {
    expect(websiteProblem('www.example .com')).toBe('whitespace')
    expect(websiteProblem(' https://example.com')).toBe('whitespace')
  })

  it('rejects other schemes and email addresses', () => {
    expect(websiteProblem('ftp://example.com')).toBe('not-http')
    expect(websiteProblem('mailto:maria@example.com')).toBe('not-http')
    expect(websiteProblem('maria@example.com')).toBe('not-http')
  })
})

describe('domainProblem', () => {
  it('accepts bare domains, with or without a sub-domain', () => {
    for (const domain of ['example.com', 'www.example.co.uk', 'test1.com', 'EXAMPLE.COM']) {
      expect(domainProblem(domain), domain).toBeNull()
    }
  })

  it('rejects URLs and paths in a domain field', () => {
    expect(domainProblem('https://example.com')).toBe('url-in-domain')
    expect(domainProblem('example.com/about')).toBe('url-in-domain')
  })

  it('rejects words without a real suffix and values with spaces', () => {
    expect(domainProblem('acme')).toBe('no-public-suffix')
    expect(domainProblem('Yes')).toBe('no-public-suffix')
    expect(domainProblem('acme .com')).toBe('whitespace')
  })
})
