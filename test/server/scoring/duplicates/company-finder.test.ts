import { describe, expect, it } from 'vitest'

import type { PropertyValues } from '../../../../shared/crm.ts'
import { createDuplicateFinder } from '../../../../server/scoring/duplicates/index.ts'

/** Runs the company finder over records given in id order: '1', '2', ... */
function groupsOf(records: PropertyValues[]) {
  const finder = createDuplicateFinder('companies')
  records.forEach((properties, i) => finder.add(String(i + 1), properties))

  return finder.finish().map(({ ids, confidence, reason }) => ({ ids, confidence, reason }))
}

describe('company duplicates', () => {
  it('matches by domain from the domain or the website property', () => {
    const groups = groupsOf([
      { name: 'Acme', domain: 'acme.com' },
      { name: 'ACME Inc.', website: 'https://www.acme.com/contact' },
      { name: 'Other', domain: 'other.com' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.97, reason: 'same domain and similar name' },
    ])
  })

  it('matches equal domains with unrelated names at lower confidence', () => {
    // HubSpot's sandbox seeds two companies on test1.com (sandbox-fidelity item 26).
    const groups = groupsOf([
      { name: 'Test Company One', domain: 'test1.com' },
      { name: 'Second Seed', domain: 'test1.com' },
    ])

    expect(groups).toEqual([{ ids: ['1', '2'], confidence: 0.85, reason: 'same domain' }])
  })

  it('ignores free mail and hosting domains', () => {
    expect(
      groupsOf([
        { name: 'Joe Plumbing', website: 'https://facebook.com/joeplumbing' },
        { name: 'Ann Bakery', website: 'facebook.com/annbakery' },
        { name: 'Bo Taxis', domain: 'gmail.com' },
        { name: 'Cy Cars', domain: 'gmail.com' },
      ]),
    ).toEqual([])
  })

  it('matches names that differ only in legal form, case, punctuation and "the"', () => {
    const groups = groupsOf([
      { name: 'The Acme Company' },
      { name: 'ACME, Inc.' },
      { name: 'Acme Rockets' },
    ])

    expect(groups).toEqual([{ ids: ['1', '2'], confidence: 0.75, reason: 'same name' }])
  })

  it('does not match equal names at different addresses, phones or zips', () => {
    expect(
      groupsOf([
        { name: 'Carole Robertson Center', address: '2929 W 19th St' },
        { name: 'Carole Robertson Center', address: '3701 W Ogden Ave' },
        { name: 'Mary Crane', phone: '555-0101' },
        { name: 'Mary Crane', phone: '555-0199' },
        { name: 'Firman House', zip: '60609' },
        { name: 'Firman House', zip: '60615' },
      ]),
    ).toEqual([])
  })

  it('does not match equal names under different domains', () => {
    expect(
      groupsOf([
        { name: 'Acme', domain: 'acme.com' },
        { name: 'Acme', domain: 'acme-rockets.io' },
      ]),
    ).toEqual([])
  })

  it('matches the same phone and street address whatever the names', () => {
    const groups = groupsOf([
      { name: 'Ryder', address: '8716 S. Wallace', phone: '5353843' },
      { name: 'Chicago Public Schools', address: '8716 S WALLACE STREET', phone: '535-3843' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.97, reason: 'same phone and street address' },
    ])
  })

  it('matches the same phone and house number when the street is misspelt', () => {
    const groups = groupsOf([
      { name: 'Uptown Center', address: '4701 N Winthrop Ave', phone: '7694540' },
      { name: 'Kids First', address: '4701 N. Winthorp', phone: '7694540' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.9, reason: 'same phone and street number' },
    ])
  })

  it('does not match a shared 7-digit phone alone, as sites of one organisation share it', () => {
    expect(
      groupsOf([
        { name: 'Erie House Site One', address: '1004 N Kedzie Ave', phone: '4322213' },
        { name: 'Lopez Family Care', address: '1254 N Maplewood', phone: '4322213' },
      ]),
    ).toEqual([])
  })

  it('matches a 7-digit phone with the same number plus area code when names are similar', () => {
    const groups = groupsOf([
      { name: 'Howard Area Community Center', phone: '(773) 381-3652' },
      { name: 'Howard Area Center', phone: '3813652' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.85, reason: 'same phone and similar name' },
    ])
  })

  it('does not match full phones that differ in area code', () => {
    expect(
      groupsOf([
        { name: 'Howard Area Community Center', phone: '(773) 381-3652' },
        { name: 'Howard Area Center', phone: '(312) 381-3652' },
      ]),
    ).toEqual([])
  })

  it('matches a full phone alone when one record has no name and nothing conflicts', () => {
    const groups = groupsOf([{ name: 'Acme', phone: '+1 555 010 0199' }, { phone: '5550100199' }])

    expect(groups).toEqual([{ ids: ['1', '2'], confidence: 0.7, reason: 'same phone' }])
  })

  it('matches a street address with a similar name even when phones differ', () => {
    const groups = groupsOf([
      { name: 'Hull House Hearst', address: '4340 S Lamon Ave', phone: '5352376' },
      { name: 'Hearst', address: '4340 South Lamon Avenue', phone: '7671516' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.9, reason: 'same street address and similar name' },
    ])
  })

  it('matches a street address alone only when no phone contradicts it', () => {
    const groups = groupsOf([
      { name: 'Cole Center', address: '412 S. Keeler', phone: '5346857' },
      { name: 'Melody', address: '412 S Keeler Ave', phone: '5346850' },
      { name: 'North Shore Day Care', address: '1 Main St', zip: '60601' },
      { name: 'Tiny Tots', address: '1 Main Street' },
      { name: 'Other Tenant', address: '1 Main St', zip: '60602' },
    ])

    // 1-2: different phones, dissimilar names. 3-4 and 4-5 match (no phones, zip on one
    // side only), but a group never holds two zips: 4 joins 3, the first, and 5 stays out.
    expect(groups).toEqual([{ ids: ['3', '4'], confidence: 0.8, reason: 'same street address' }])
  })

  it('does not count a shared common word as a similar name', () => {
    // "dental" is in every name, so it weighs little; only 1-2 share a rare word too.
    const groups = groupsOf([
      { name: 'Kalo Dental', address: '12 Main St', phone: '5550100' },
      { name: 'Kalo Family Dental', address: '12 Main Street', phone: '5550199' },
      { name: 'Smile Dental', address: '40 Oak Ave', phone: '5550123' },
      { name: 'Bright Dental', address: '40 Oak Avenue', phone: '5550177' },
      { name: 'Tooth Dental' },
      { name: 'Gum Dental' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.9, reason: 'same street address and similar name' },
    ])
  })

  it('does not match the same address or name in different cities', () => {
    expect(
      groupsOf([
        { name: 'Kalo Dental', address: '100 Main St', city: 'Springfield' },
        { name: 'Kalo Dental', address: '100 Main Street', city: 'Shelbyville' },
      ]),
    ).toEqual([])
  })

  it('keeps two domains apart when a sparse record matches both', () => {
    const groups = groupsOf([
      { name: 'Marbel Labs', domain: 'marbel.co' },
      { name: 'Marbel Labs' },
      { name: 'Marbel Labs', domain: 'marbel-labs.net' },
    ])

    // 1-2 and 2-3 match by name; 1 and 3 have different domains, so 2 joins only 1.
    expect(groups).toEqual([{ ids: ['1', '2'], confidence: 0.75, reason: 'same name' }])
  })

  it('joins chains of matches into one group held by its weakest needed link', () => {
    const groups = groupsOf([
      { name: 'Kennedy King CDC', address: '710 W. 65th St', phone: '6025481' },
      { name: 'Kennedy-King College', address: '710 W 65TH BUILDING Z', phone: '6025481' },
      { name: 'Kennedy King College Lab', address: '710 W 65th St', zip: '60621' },
    ])

    expect(groups).toHaveLength(1)
    expect(groups[0]?.ids).toEqual(['1', '2', '3'])
    // 1-2 and 2-3 both at 0.97 or 0.9 via address + similar name: the weaker one holds.
    expect(groups[0]?.confidence).toBe(0.9)
    expect(groups[0]?.reason).toBe(
      'same phone and street address; same street address and similar name',
    )
  })

  it('returns ids as given, in order of addition within a group', () => {
    const finder = createDuplicateFinder('companies')
    finder.add('hs-900', { domain: 'acme.com' })
    finder.add('hs-100', { domain: 'acme.com' })

    expect(finder.size).toBe(2)
    expect(finder.finish()[0]?.ids).toEqual(['hs-900', 'hs-100'])
  })
})
