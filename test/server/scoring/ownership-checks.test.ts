import { describe, expect, it } from 'vitest'

import type { Owner } from '../../../shared/crm.ts'
import { ownershipChecks } from '../../../server/scoring/ownership-checks.ts'
import { context, counts, property, record } from './fixtures.ts'

const OWNERS: Owner[] = [
  { id: '1', userId: 11, archived: false },
  { id: '2', userId: null, archived: false },
  { id: '3', userId: 33, archived: true },
]
const SCHEMA = [property('hubspot_owner_id', { type: 'enumeration', externalOptions: true })]

describe('ownershipChecks', () => {
  const records = [
    record({ hubspot_owner_id: '1' }),
    record({ hubspot_owner_id: '2' }),
    record({ hubspot_owner_id: '3' }),
    record({ hubspot_owner_id: '404' }),
    record({ hubspot_owner_id: '' }),
    record({ hubspot_owner_id: null }),
  ]

  it('counts records without an owner and records owned by inactive owners', () => {
    const results = ownershipChecks(context('deals', records, SCHEMA), OWNERS)

    // Unowned: "" and null. Inactive among the 4 owned: owner 2 (no user) and 3 (archived);
    // the unknown owner 404 is a validity problem, not counted here.
    expect(counts(results)).toEqual({
      'deals.ownership.unowned': [2, 6],
      'deals.ownership.inactive-owner': [2, 4],
    })
    expect(results[1]?.summary).toContain(
      '1 has a deactivated user as owner and 1 has an archived owner',
    )
  })

  it('does not measure inactive owners when owners were not read', () => {
    const [unowned, inactive] = ownershipChecks(context('deals', records, SCHEMA), null)

    expect(unowned?.passRate).not.toBeNull()
    expect(inactive).toMatchObject({
      passRate: null,
      summary: 'Owners were not read, so this was not measured.',
    })
  })

  it('runs no ownership check on an object without an owner property', () => {
    expect(ownershipChecks(context('contacts', records, []), OWNERS)).toEqual([])
  })
})
