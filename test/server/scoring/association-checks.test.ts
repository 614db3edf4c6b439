import { describe, expect, it } from 'vitest'

import { associationChecks } from '../../../server/scoring/association-checks.ts'
import { recordScore } from '../../../server/scoring/score.ts'
import { context, counts, record } from './fixtures.ts'

describe('associationChecks', () => {
  it('counts contacts without a company among those whose associations were read', () => {
    const records = [
      record({}, { companies: ['1'] }),
      record({}, { companies: [] }),
      record({}, { companies: [] }),
      record({}),
      record({}, { contacts: ['9'] }),
    ]

    // Only the first three had company associations read: 2 of 3 have none.
    expect(counts(associationChecks(context('contacts', records, [])))).toEqual({
      'contacts.associations.company': [2, 3],
    })
  })

  it('checks deals for contacts and companies separately', () => {
    const records = [
      record({}, { contacts: ['1'], companies: ['2'] }),
      record({}, { contacts: [], companies: ['2'] }),
      record({}, { contacts: [], companies: [] }),
    ]

    expect(counts(associationChecks(context('deals', records, [])))).toEqual({
      'deals.associations.contact': [2, 3],
      'deals.associations.company': [1, 3],
    })
  })

  it('counts companies without contacts', () => {
    const records = [record({}, { contacts: ['5', '6'] }), record({}, { contacts: [] })]

    expect(counts(associationChecks(context('companies', records, [])))).toEqual({
      'companies.associations.contact': [1, 2],
    })
  })

  it('is not measured, and does not pull the score, when associations were not read', () => {
    const ctx = context('companies', [record({}), record({})], [])
    const [check] = associationChecks(ctx)

    expect(check?.passRate).toBeNull()
    expect(check?.summary).toBe(
      'Associations from companies to contacts were not read, so this was not measured.',
    )
    expect(recordScore(ctx.findings, 'associations')).toBeNull()
  })
})
