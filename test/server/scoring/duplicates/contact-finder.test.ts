import { describe, expect, it } from 'vitest'

import type { PropertyValues } from '../../../../shared/crm.ts'
import { createDuplicateFinder } from '../../../../server/scoring/duplicates/index.ts'

/** Runs the contact finder over records given in id order: '1', '2', ... */
function groupsOf(records: PropertyValues[]) {
  const finder = createDuplicateFinder('contacts')
  records.forEach((properties, i) => finder.add(String(i + 1), properties))

  return finder.finish().map(({ ids, confidence, reason }) => ({ ids, confidence, reason }))
}

describe('contact duplicates', () => {
  it('matches normalized email addresses', () => {
    const groups = groupsOf([
      { email: 'Jane.Doe@Gmail.com' },
      { email: ' janedoe+crm@googlemail.com ' },
      { email: 'jane.doe@acme.com' },
      { email: 'jane.doe+crm@acme.com' },
    ])

    // Gmail ignores dots and tags; acme.com is not known to, so 3 and 4 stay apart.
    expect(groups).toEqual([{ ids: ['1', '2'], confidence: 0.99, reason: 'same email address' }])
  })

  it('matches first and last name with the same company name', () => {
    const groups = groupsOf([
      { firstname: 'Amy', lastname: 'Taylor', company: 'Alpha Dynamics Inc.' },
      { firstname: 'AMY', lastname: 'taylor', company: 'alpha dynamics' },
      { firstname: 'Amy', lastname: 'Taylor', company: 'Beta Labs' },
      { firstname: 'Amy', lastname: 'Taylor' },
    ])

    expect(groups).toEqual([{ ids: ['1', '2'], confidence: 0.85, reason: 'same name and company' }])
  })

  it('matches first and last name with the same associated company record', () => {
    const groups = groupsOf([
      { firstname: 'Ann', lastname: 'Lee', associatedcompanyid: '101' },
      { firstname: 'Ann', lastname: 'Lee', associatedcompanyid: ' 101 ' },
      { firstname: 'Ann', lastname: 'Lee', associatedcompanyid: '102' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.9, reason: 'same name and associated company' },
    ])
  })

  it('matches first and last name with a work email domain, never a free-mail one', () => {
    const groups = groupsOf([
      { firstname: 'Bo', lastname: 'Ng', email: 'bo@acme.io' },
      { firstname: 'Bo', lastname: 'Ng', email: 'b.ng@acme.io' },
      { firstname: 'Cy', lastname: 'Ek', email: 'cy1@gmail.com' },
      { firstname: 'Cy', lastname: 'Ek', email: 'cy2@gmail.com' },
    ])

    expect(groups).toEqual([
      { ids: ['1', '2'], confidence: 0.8, reason: 'same name and email domain' },
    ])
  })

  it('needs both first and last name for a name match', () => {
    expect(
      groupsOf([
        { firstname: 'Amy', company: 'Alpha' },
        { firstname: 'Amy', company: 'Alpha' },
        { lastname: 'Wu', company: 'Alpha' },
        { lastname: 'Wu', company: 'Alpha' },
      ]),
    ).toEqual([])
  })

  it('joins email and name matches into one group', () => {
    const groups = groupsOf([
      { email: 'amy@alpha.com', firstname: 'Amy', lastname: 'Taylor' },
      { email: 'AMY@alpha.com' },
      { firstname: 'Amy', lastname: 'Taylor', company: 'Alpha', email: 'amy.t@alpha.com' },
    ])

    // 1-2 by email; 1-3 by name and email domain alpha.com.
    expect(groups).toEqual([
      {
        ids: ['1', '2', '3'],
        confidence: 0.8,
        reason: 'same email address; same name and email domain',
      },
    ])
  })
})
