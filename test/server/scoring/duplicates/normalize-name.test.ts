import { describe, expect, it } from 'vitest'

import {
  companyNameKey,
  companyNameParts,
  personNameKey,
  words,
} from '../../../../server/scoring/duplicates/normalize-name.ts'

describe('words', () => {
  it('lower-cases, drops punctuation and accents, and reads & as and', () => {
    expect(words('Café Müller & Söhne, GmbH')).toEqual(['cafe', 'muller', 'and', 'sohne', 'gmbh'])
  })

  it('joins runs of single letters so dotted initials equal the plain word', () => {
    expect(words('Acme L.L.C.')).toEqual(['acme', 'llc'])
    expect(words('J. P. Morgan')).toEqual(['jp', 'morgan'])
  })
})

describe('companyNameKey', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME INCORPORATED', 'acme'],
    ['The Acme Company', 'acme'],
    ['Acme Co. Ltd', 'acme'],
    ['acme l.l.c.', 'acme'],
    ['Smith & Sons GmbH', 'smith and sons'],
    ['Smith and Sons', 'smith and sons'],
  ])('reads %j as %j', (raw, expected) => {
    expect(companyNameKey(raw)).toBe(expected)
  })

  it('strips legal forms only at the end', () => {
    expect(companyNameKey('Co-op Foods')).toBe('co op foods')
  })

  it('keeps a name made only of legal words rather than returning nothing', () => {
    expect(companyNameKey('The Company')).toBe('the company')
  })

  it('returns null for empty and punctuation-only names', () => {
    expect(companyNameKey('')).toBeNull()
    expect(companyNameKey(' - ')).toBeNull()
    expect(companyNameKey(null)).toBeNull()
  })
})

describe('companyNameParts', () => {
  it('lists distinct words without fillers and legal forms as tokens', () => {
    expect(companyNameParts('The Bank of the West, Inc.')?.tokens).toEqual(['bank', 'west'])
  })
})

describe('personNameKey', () => {
  it('combines first and last name case- and accent-insensitively', () => {
    expect(personNameKey(' José ', 'GARCÍA')).toBe(personNameKey('jose', 'Garcia'))
  })

  it('keeps first and last name apart, so swapped names differ', () => {
    expect(personNameKey('Ann', 'Lee')).not.toBe(personNameKey('Lee', 'Ann'))
  })

  it('returns null when either part is missing', () => {
    expect(personNameKey('Ann', '')).toBeNull()
    expect(personNameKey(null, 'Lee')).toBeNull()
  })
})
