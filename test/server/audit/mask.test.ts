import { describe, expect, it } from 'vitest'

import {
  maskDetail,
  maskEmail,
  maskText,
  maskUserId,
  REDACTED,
} from '../../../server/audit/mask.ts'

describe('maskEmail', () => {
  it('keeps the first letter of the local part and domain and the top-level domain', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@e***.com')
    expect(maskEmail('x@sub.example.co.uk')).toBe('x***@s***.uk')
  })

  it('redacts what is not an address rather than echo it', () => {
    expect(maskEmail('@example.com')).toBe(REDACTED)
    expect(maskEmail('jane@localhost')).toBe(REDACTED)
  })
})

describe('maskUserId', () => {
  it('keeps at most the last four characters and never more than half', () => {
    expect(maskUserId(12345678)).toBe('***5678')
    expect(maskUserId('123456')).toBe('***456')
    expect(maskUserId('42')).toBe('***2')
    expect(maskUserId(7)).toBe('***')
  })

  it('masks an email used as a user id as an email', () => {
    expect(maskUserId('Jane@Example.org')).toBe('J***@E***.org')
  })
})

describe('maskText', () => {
  it('masks every email inside free text', () => {
    expect(maskText('login by jane@example.com for bob@corp.io failed')).toBe(
      'login by j***@e***.com for b***@c***.io failed',
    )
  })

  it('redacts words that look like tokens, secrets or signatures', () => {
    expect(maskText('Bearer CJSP5qf1KhICAQEYs-gDIIGOBii1')).toBe(`Bearer ${REDACTED}`)
    expect(maskText('secret a1b2c3d4-e5f6-7890-abcd-ef1234567890')).toBe(`secret ${REDACTED}`)
    expect(maskText('sig n3V0m1f4bW9yZS1zZWNyZXQ=')).toBe(`sig ${REDACTED}`)
  })

  it('keeps error codes, route patterns and short numbers readable', () => {
    const text = 'HUBSPOT_AUTH_FAILED on /api/portals/:portalId/scans after 3 tries'

    expect(maskText(text)).toBe(text)
  })

  it('cuts long text at 200 characters', () => {
    expect(maskText('a '.repeat(150))).toBe(`${'a '.repeat(100)}…`)
  })
})

describe('maskDetail', () => {
  it('redacts secret keys, masks identifier keys and scans the other strings', () => {
    const detail = maskDetail({
      accessToken: 'short',
      code: 'abc',
      clientSecret: 'x',
      statusCode: 401,
      email: 'a.b@c.io',
      userId: 99887766,
      route: '/api/portals/:portalId/scans',
      reason: 'refresh for jane@example.com rejected',
      retried: true,
      note: null,
    })

    expect(detail).toEqual({
      accessToken: REDACTED,
      code: REDACTED,
      clientSecret: REDACTED,
      statusCode: 401,
      email: 'a***@c***.io',
      userId: '***7766',
      route: '/api/portals/:portalId/scans',
      reason: 'refresh for j***@e***.com rejected',
      retried: true,
      note: null,
    })
  })

  it('keeps the first 32 keys only', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))

    expect(Object.keys(maskDetail(many))).toEqual(Array.from({ length: 32 }, (_, i) => `k${i}`))
  })
})
