import { describe, expect, it } from 'vitest'

import {
  normalizeAddress,
  normalizeCity,
  normalizeZip,
} from '../../../../server/scoring/duplicates/normalize-address.ts'

const street = (raw: string) => normalizeAddress(raw)?.street

describe('normalizeAddress', () => {
  it('treats abbreviations of direction and street type as equal', () => {
    expect(street('4340 S Lamon Ave')).toBe('4340 s lamon')
    expect(street('4340 South Lamon Avenue')).toBe('4340 s lamon')
    expect(street(' 4340 S. LAMON ')).toBe('4340 s lamon')
  })

  it('ends the street name at the street type or a unit', () => {
    expect(street('710 W 65th Street Building Z')).toBe('710 w 65')
    expect(street('710 W. 65th Building Z')).toBe('710 w 65')
    expect(street('12 Main St Suite 400')).toBe('12 main')
  })

  it('reads St at the start of a name as Saint', () => {
    expect(street('4214 S St Lawrence Ave')).toBe('4214 s saint lawrence')
  })

  it('takes the first number of a range', () => {
    expect(normalizeAddress('4753-59 W. Washington')).toEqual({
      number: '4753',
      street: '4753 w washington',
    })
  })

  it('keeps different numbers and streets apart', () => {
    expect(street('1531 W Lawrence')).not.toBe(street('1533 W Lawrence'))
    expect(street('1531 W Lawrence')).not.toBe(street('1531 E Lawrence'))
  })

  it('returns null without a leading house number', () => {
    expect(normalizeAddress('PO Box 12')).toBeNull()
    expect(normalizeAddress('Main Street')).toBeNull()
    expect(normalizeAddress('12')).toBeNull()
    expect(normalizeAddress('')).toBeNull()
  })
})

describe('normalizeZip', () => {
  it('cuts ZIP+4 to five digits and restores a leading zero lost to spreadsheets', () => {
    expect(normalizeZip('60637-1234')).toBe('60637')
    expect(normalizeZip('2134')).toBe('02134')
  })

  it('compacts other postal codes', () => {
    expect(normalizeZip('SW1A 1AA')).toBe('sw1a1aa')
  })

  it('returns null when empty', () => {
    expect(normalizeZip('  ')).toBeNull()
    expect(normalizeZip(undefined)).toBeNull()
  })
})

describe('normalizeCity', () => {
  it('ignores case and punctuation and reads a leading St as Saint', () => {
    expect(normalizeCity(' ST. LOUIS ')).toBe('saint louis')
    expect(normalizeCity('Saint Louis')).toBe('saint louis')
    expect(normalizeCity('Winston-Salem')).toBe('winston salem')
  })

  it('returns null when empty', () => {
    expect(normalizeCity(' , ')).toBeNull()
  })
})
