import { describe, expect, it } from 'vitest'

import { validityTargets } from '../../../../server/scoring/validity/targets.ts'
import { property } from '../fixtures.ts'

const kinds = (schema: Parameters<typeof validityTargets>[0]) =>
  Object.fromEntries(validityTargets(schema).map((target) => [target.meta.name, target.kind]))

describe('validityTargets', () => {
  it('gives each property the rule its name, options or type call for', () => {
    const schema = [
      property('email'),
      property('domain'),
      property('website'),
      property('phone', { fieldType: 'phonenumber' }),
      property('fax', { type: 'phone_number' }),
      property('closedate', { type: 'datetime' }),
      property('renewal', { type: 'date' }),
      property('tier', { type: 'enumeration', options: [{ value: 'a', label: 'A',
        hidden: false }] }),
      property('opt_in', { type: 'bool' }),
      property('dealstage', { type: 'enumeration', externalOptions: true }),
      property('notes'),
      property('seats', { type: 'number' }),
    ]

    expect(kinds(schema)).toEqual({
      email: 'email',
      domain: 'domain',
      website: 'website',
      phone: 'phone',
      fax: 'phone',
      closedate: 'date',
      renewal: 'date',
      tier: 'enumeration',
      opt_in: 'enumeration',
      dealstage: 'external',
    })
  })

  it('never treats an external-options enumeration as a plain one', () => {
    const currency = property('deal_currency_code', { type: 'enumeration',
      externalOptions: true })

    expect(kinds([currency])).toEqual({ deal_currency_code: 'external' })
  })

  it('skips enumerations without options, archived properties and HubSpot-managed ones', () => {
    const schema = [
      property('hs_merged_object_ids', { type: 'enumeration' }),
      property('old', { type: 'date', archived: true }),
      property('hs_created', { type: 'datetime', hubspotDefined: true, readOnlyValue: true }),
      property('hs_score', { type: 'date', hubspotDefined: true, calculated: true }),
      property('hs_hidden', { type: 'date', hubspotDefined: true, hidden: true }),
      property('custom_calc', { type: 'date', calculated: true }),
    ]

    // A custom calculated property is the customer's own, so it is still checked.
    expect(kinds(schema)).toEqual({ custom_calc: 'date' })
  })
})
