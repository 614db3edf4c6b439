import { describe, expect, it } from 'vitest'

import {
  mapHeaders,
  normalizeHeader,
  parseColumnOverride,
  propertyForHeader,
} from '../../../server/csv/map-headers.ts'
import { AppError } from '../../../server/errors.ts'

describe('normalizeHeader', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeHeader('  E-Mail_Address ')).toBe('e mail address')
    expect(normalizeHeader('Téléphone')).toBe('telephone')
  })
})

describe('propertyForHeader', () => {
  it.each([
    ['Site name', 'name'],
    ['Company Name', 'name'],
    ['URL', 'website'],
    ['Telephone', 'phone'],
    ['Street', 'address'],
    ['Postal Code', 'zip'],
    ['ZIP', 'zip'],
    ['Account: Phone', 'phone'],
    ['Account: Account Name', 'name'],
  ])('maps the company column %j to %j', (title, property) => {
    expect(propertyForHeader(title, 'companies')).toBe(property)
  })

  it.each([
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['First Name', 'firstname'],
    ['firstname', 'firstname'],
    ['Surname', 'lastname'],
    ['Company', 'company'],
    ['Contact: Email', 'email'],
    ['Account: Account Name', 'company'],
    ['Account: Id', 'associatedcompanyid'],
  ])('maps the contact column %j to %j', (title, property) => {
    expect(propertyForHeader(title, 'contacts')).toBe(property)
  })

  it('leaves columns of another object and unknown columns unmapped', () => {
    expect(propertyForHeader('Account: Phone', 'contacts')).toBeNull()
    expect(propertyForHeader('Contact: Phone', 'companies')).toBeNull()
    expect(propertyForHeader('Program Name', 'companies')).toBeNull()
    expect(propertyForHeader('True Id', 'companies')).toBeNull()
  })
})

describe('mapHeaders', () => {
  it('maps each property once, to the leftmost matching column', () => {
    const columns = mapHeaders(['Id', 'Phone', 'Name', 'Telephone'], 'companies')

    expect(columns).toEqual([
      { index: 1, column: 'Phone', property: 'phone' },
      { index: 2, column: 'Name', property: 'name' },
    ])
  })

  it('lets an override win over the automatic match, matching the title loosely', () => {
    const columns = mapHeaders(['Name', 'Agency', 'Phone'], 'companies', [
      { column: 'agency', property: 'name' },
      { column: 'Phone', property: 'zip' },
    ])

    expect(columns).toEqual([
      { index: 1, column: 'Agency', property: 'name' },
      { index: 2, column: 'Phone', property: 'zip' },
    ])
  })

  it('rejects an override naming no column and lists the columns', () => {
    const overrides = [{ column: 'Fax', property: 'phone' }]
    const run = () => mapHeaders(['Name', 'Phone'], 'companies', overrides)

    expect(run).toThrow(AppError)
    expect(run).toThrow('No column named "Fax"; the file has: Name, Phone.')
  })
})

describe('parseColumnOverride', () => {
  it('splits at the last = so a column title may contain one', () => {
    expect(parseColumnOverride('a=b=name', 'companies')).toEqual({
      column: 'a=b',
      property: 'name',
    })
  })

  it('rejects a property the engine does not read, naming the ones it does', () => {
    expect(() => parseColumnOverride('Site=industry', 'companies')).toThrow(
      'Unknown companies property "industry" in --map; use one of: name, domain, website, ' +
        'phone, address, zip, city.',
    )
  })

  it.each(['Site', '=name', 'Site='])('rejects the malformed value %j', (text) => {
    expect(() => parseColumnOverride(text, 'contacts')).toThrow(AppError)
  })
})
