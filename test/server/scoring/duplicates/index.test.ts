import { describe, expect, it } from 'vitest'

import type { PropertyValues } from '../../../../shared/crm.ts'
import {
  createDuplicateFinder,
  type DedupeObject,
  duplicateKeyProperties,
} from '../../../../server/scoring/duplicates/index.ts'
import {
  COMPANY_MATCHES,
  CONTACT_MATCHES,
} from '../../../../server/scoring/duplicates/match-kinds.ts'

describe('duplicateKeyProperties', () => {
  it('lists the properties each object is matched on', () => {
    expect(duplicateKeyProperties('contacts')).toEqual([
      'email', 'firstname', 'lastname', 'company', 'associatedcompanyid',
    ])
    expect(duplicateKeyProperties('companies')).toEqual([
      'name', 'domain', 'website', 'phone', 'address', 'zip', 'city',
    ])
  })

  it('throws a TypeError for another object type', () => {
    expect(() => duplicateKeyProperties('deals' as DedupeObject)).toThrow(TypeError)
  })
})

describe('createDuplicateFinder', () => {
  it('throws a TypeError for an unknown type or a malformed default country', () => {
    expect(() => createDuplicateFinder('deals' as DedupeObject)).toThrow(TypeError)
    expect(() => createDuplicateFinder('companies', { defaultCountry: 'USA' })).toThrow(TypeError)
  })

  it('reads phones without a country code in the default country', () => {
    const finder = createDuplicateFinder('companies', { defaultCountry: 'gb' })
    finder.add('1', { phone: '020 7946 0958' })
    finder.add('2', { name: 'Acme', phone: '+44 20 7946 0958' })

    expect(finder.finish()).toEqual([{ ids: ['1', '2'], confidence: 0.7, reason: 'same phone' }])
  })

  it('reads only the key properties', () => {
    const finder = createDuplicateFinder('contacts')
    finder.add('1', { hs_object_id: '1', jobtitle: 'CEO' })
    finder.add('2', { hs_object_id: '1', jobtitle: 'CEO' })

    expect(finder.size).toBe(2)
    expect(finder.finish()).toEqual([])
  })
})

describe('reasons', () => {
  const companies = [
    { name: 'Zeta Widgets LLC', domain: 'zeta-widgets.com', phone: '(312) 555-0142',
      address: '4701 N Winthrop Ave', zip: '60640' },
    { name: 'ZETA WIDGETS', website: 'https://www.zeta-widgets.com', phone: '3125550142',
      address: '4701 North Winthrop', zip: '60640' },
    { name: 'Quill Ink', phone: '5550199', address: '12 Elm Ave' },
    { name: 'Quill Inc.', phone: '555-0199', address: '12 Elm Avenue' },
    { name: 'Quill' },
    { name: 'Quill' },
  ]
  const contacts = [
    { email: 'mara.quill@zeta-widgets.com', firstname: 'Mara', lastname: 'Quill',
      company: 'Zeta', associatedcompanyid: '77' },
    { email: 'MARA.QUILL@zeta-widgets.com', firstname: 'Mara', lastname: 'Quill',
      company: 'Zeta', associatedcompanyid: '77' },
  ]

  function reasonsFor(type: DedupeObject, records: readonly PropertyValues[]) {
    const finder = createDuplicateFinder(type)
    records.forEach((record, i) => finder.add(`id-${i}`, record))

    return finder.finish().map((group) => group.reason)
  }

  it('contain none of the record values, only fixed sentences', () => {
    const reasons = [...reasonsFor('companies', companies), ...reasonsFor('contacts', contacts)]
    const values = [...companies, ...contacts].flatMap((record) => Object.values(record))
    const fixed = new Set<string>([...COMPANY_MATCHES, ...CONTACT_MATCHES].map((k) => k.reason))

    // Companies 1-2 and 3-6 ("Quill Inc." keys as "quill", like 5 and 6); contacts 1-2.
    expect(reasons).toHaveLength(3)
    for (const reason of reasons) {
      for (const part of reason.split('; ')) expect(fixed.has(part)).toBe(true)
      for (const value of values) {
        const valueWords = value.toLowerCase().split(/\W+/)
        for (const word of valueWords.filter((w: string) => w.length > 3)) {
          expect(reason).not.toContain(word)
        }
      }
    }
  })

  it('are written without digits, @ or dots, which values would bring', () => {
    for (const kind of [...COMPANY_MATCHES, ...CONTACT_MATCHES]) {
      expect(kind.reason).toMatch(/^[a-z ]+$/)
    }
  })
})
