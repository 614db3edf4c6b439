import { describe, expect, it } from 'vitest'

import {
  ASSOCIATIONS_TO_READ,
  FILL_RULES,
  propertiesToSample,
} from '../../../server/scoring/check-plan.ts'
import { property } from './fixtures.ts'

describe('propertiesToSample', () => {
  it('asks for the fill, validity and owner properties that exist, sorted', () => {
    const schema = [
      property('email', { hubspotDefined: true }),
      property('firstname', { hubspotDefined: true }),
      property('mobilephone', { fieldType: 'phonenumber', hubspotDefined: true }),
      property('hubspot_owner_id', { type: 'enumeration', externalOptions: true }),
      property('favourite_colour', {
        type: 'enumeration',
        options: [{ value: 'red', label: 'Red', hidden: false }],
      }),
      property('notes'),
    ]

    expect(propertiesToSample('contacts', schema)).toEqual([
      'email',
      'favourite_colour',
      'firstname',
      'hubspot_owner_id',
      'mobilephone',
    ])
  })

  it('leaves out archived properties and HubSpot\'s own read-only or calculated ones', () => {
    const schema = [
      property('lastname', { archived: true }),
      property('hs_analytics_first_visit', { type: 'datetime', hubspotDefined: true,
        readOnlyValue: true }),
      property('hs_calc', { type: 'date', hubspotDefined: true, calculated: true }),
      property('contract_start', { type: 'date' }),
    ]

    expect(propertiesToSample('contacts', schema)).toEqual(['contract_start'])
  })

  it('adds the pipeline properties and every stage-entry date for deals', () => {
    const schema = [
      property('amount', { type: 'number' }),
      property('closedate', { type: 'datetime', hubspotDefined: true }),
      property('dealstage', { type: 'enumeration', externalOptions: true }),
      property('pipeline', { type: 'enumeration', externalOptions: true }),
      property('hs_lastmodifieddate', { type: 'datetime', readOnlyValue: true,
        hubspotDefined: true }),
      property('hs_date_entered_closedwon', { type: 'datetime', readOnlyValue: true,
        calculated: true, hubspotDefined: true }),
      property('hs_date_entered_123', { type: 'datetime', readOnlyValue: true,
        calculated: true, hubspotDefined: true }),
    ]

    expect(propertiesToSample('deals', schema)).toEqual([
      'amount',
      'closedate',
      'dealstage',
      'hs_date_entered_123',
      'hs_date_entered_closedwon',
      'hs_lastmodifieddate',
      'pipeline',
    ])
  })

  it('does not ask for stage-entry dates on other objects', () => {
    const schema = [property('hs_date_entered_lead', { type: 'datetime', readOnlyValue: true,
      hubspotDefined: true })]

    expect(propertiesToSample('contacts', schema)).toEqual([])
  })
})

describe('ASSOCIATIONS_TO_READ', () => {
  it('reads companies for contacts, contacts for companies, both for deals', () => {
    expect(ASSOCIATIONS_TO_READ).toEqual({
      contacts: ['companies'],
      companies: ['contacts'],
      deals: ['contacts', 'companies'],
    })
  })
})

describe('FILL_RULES', () => {
  it('leaves the owner to the ownership checks', () => {
    for (const rules of Object.values(FILL_RULES)) {
      expect(rules.map((rule) => rule.property)).not.toContain('hubspot_owner_id')
    }
  })
})
