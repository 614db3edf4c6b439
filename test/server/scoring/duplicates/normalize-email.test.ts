import { describe, expect, it } from 'vitest'

import {
  emailDomain,
  normalizeEmail,
} from '../../../../server/scoring/duplicates/normalize-email.ts'

describe('normalizeEmail', () => {
  it('trims and lower-cases an address', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com')
  })

  it('drops plus tags and dots at gmail, which ignores both', () => {
    expect(normalizeEmail('Jane.Doe+news@gmail.com')).toBe('janedoe@gmail.com')
    expect(normalizeEmail('j.a.n.e.doe@googlemail.com')).toBe('janedoe@gmail.com')
  })

  it('drops plus tags but keeps dots at outlook, which only ignores tags', () => {
    expect(normalizeEmail('jane.doe+crm@outlook.com')).toBe('jane.doe@outlook.com')
  })

  it('keeps tags and dots at providers not known to ignore them', () => {
    expect(normalizeEmail('jane.doe+crm@example.com')).toBe('jane.doe+crm@example.com')
    expect(normalizeEmail('jane.doe+crm@yahoo.com')).toBe('jane.doe+crm@yahoo.com')
  })

  it('accepts mailto: and angle brackets around an address', () => {
    expect(normalizeEmail('mailto:Ann@Acme.io')).toBe('ann@acme.io')
    expect(normalizeEmail('<ann@acme.io>')).toBe('ann@acme.io')
  })

  it.each([null, undefined, '', '   ', 'no-at-sign', '@acme.io', 'ann@', 'ann@localhost',
    'a b@acme.io', '+tag@gmail.com'])('returns null for %j', (raw) => {
    expect(normalizeEmail(raw)).toBeNull()
  })
})

describe('emailDomain', () => {
  it('returns the part after the last @', () => {
    expect(emailDomain('ann@acme.io')).toBe('acme.io')
  })
})
