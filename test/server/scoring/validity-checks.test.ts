import { describe, expect, it } from 'vitest'

import type { Owner, Pipeline } from '../../../shared/crm.ts'
import { recordScore } from '../../../server/scoring/score.ts'
import { validityChecks } from '../../../server/scoring/validity-checks.ts'
import { createPhoneJudge } from '../../../server/scoring/validity/phone.ts'
import type { ValidityEnv } from '../../../server/scoring/validity/rules.ts'
import { context, counts, NOW, property, record } from './fixtures.ts'

const PIPELINES: Pipeline[] = [
  { id: 'default', label: 'Sales', archived: false, stages: [
    { id: 'open1', label: 'Qualified', archived: false, isClosed: false, probability: 0.2 },
    { id: 'closedwon', label: 'Won', archived: false, isClosed: true, probability: 1 },
  ] },
  { id: '99', label: 'Renewals', archived: false, stages: [
    { id: '9901', label: 'Due', archived: true, isClosed: false, probability: 0.5 },
  ] },
]
const OWNERS: Owner[] = [
  { id: '1', userId: 11, archived: false },
  { id: '2', userId: null, archived: false },
  { id: '3', userId: 33, archived: true },
]

function env(overrides: Partial<ValidityEnv> = {}): ValidityEnv {
  return {
    nowMs: NOW.getTime(),
    phoneJudge: createPhoneJudge('US'),
    pipelines: PIPELINES,
    owners: OWNERS,
    ...overrides,
  }
}

describe('validityChecks', () => {
  it('checks email syntax and suffix, then disposable domains among well-formed emails', () => {
    const records = [
      record({ email: 'maria@example.com' }),
      record({ email: 'maria.example.com' }),
      record({ email: 'maria@gmail.con' }),
      record({ email: 'temp@mailinator.com' }),
      record({ email: 'n/a' }),
      record({}),
    ]
    const results = validityChecks(context('contacts', records, [property('email')]), env(),
      new Set(['mailinator.com']))
    const email = results.find((check) => check.id === 'contacts.validity.email')

    // Placeholders and absent values are fill problems, not validity ones: 4 looked at.
    expect(counts(results)).toEqual({
      'contacts.validity.email': [2, 4],
      // Well-formed: maria@example.com, maria@gmail.con, temp@mailinator.com.
      'contacts.disposable.email': [1, 3],
    })
    expect(email?.summary).toBe('2 of 4 contacts with email set (50 %) hold an email that is ' +
      'not a valid address; the limit is 5 %; 1 is malformed and 1 has no real domain ending.')
  })

  it('reports local numbers without an area code apart from other invalid phones', () => {
    const records = [
      record({ phone: '(312) 555-0100' }),
      record({ phone: '555-1234' }),
      record({ phone: '867-5309' }),
      record({ phone: '+1-555-TEST' }),
    ]
    const ctx = context('contacts', records, [property('phone', { fieldType: 'phonenumber' })])
    const [phone] = validityChecks(ctx, env(), new Set())

    expect(phone).toMatchObject({ affected: 3, sampleSize: 4 })
    expect(phone?.summary).toContain('2 are local numbers without an area code and 1 is not a ' +
      'valid number')
  })

  it('skips national numbers when no default country is set, and says so', () => {
    const records = [record({ phone: '(312) 555-0100' }), record({ phone: '+1 312 555 0100' })]
    const ctx = context('contacts', records, [property('phone', { fieldType: 'phonenumber' })])
    const [phone] = validityChecks(ctx, env({ phoneJudge: createPhoneJudge() }), new Set())

    expect(phone).toMatchObject({ affected: 0, sampleSize: 1 })
    expect(phone?.summary).toContain('1 national number was skipped')
  })

  it('counts labels and wrong case as invalid enumeration values, hidden options as valid', () => {
    const stage = property('lifecyclestage', { type: 'enumeration', label: 'Lifecycle Stage',
      options: [
        { value: 'lead', label: 'Lead', hidden: false },
        { value: 'evangelist', label: 'Evangelist', hidden: true },
      ] })
    const records = ['lead', 'Lead', 'LEAD', 'evangelist', 'customer', ''].map((value) =>
      record({ lifecyclestage: value }))
    const [check] = validityChecks(context('contacts', records, [stage]), env(), new Set())

    expect(check).toMatchObject({ affected: 3, sampleSize: 5 })
    expect(check?.summary).toContain("1 holds an option's label, 1 differs from an option only " +
      'in case and 1 matches no option; 1 valid value uses a hidden option.')
  })

  it('checks deal stages and pipelines against the pipelines and owners against owners', () => {
    const schema = [
      property('dealstage', { type: 'enumeration', externalOptions: true }),
      property('pipeline', { type: 'enumeration', externalOptions: true }),
      property('hubspot_owner_id', { type: 'enumeration', externalOptions: true }),
    ]
    const records = [
      record({ dealstage: 'open1', pipeline: 'default', hubspot_owner_id: '1' }),
      // Archived stages and owners exist, so they are valid here; other checks flag them.
      record({ dealstage: '9901', pipeline: '99', hubspot_owner_id: '3' }),
      record({ dealstage: 'Won', pipeline: 'Sales', hubspot_owner_id: '404' }),
      record({ dealstage: 'gone', pipeline: 'default', hubspot_owner_id: '2' }),
    ]
    const results = validityChecks(context('deals', records, schema), env(), new Set())

    expect(counts(results)).toEqual({
      'deals.validity.dealstage': [2, 4],
      'deals.validity.pipeline': [1, 4],
      'deals.validity.hubspot_owner_id': [1, 4],
    })
  })

  it('reports external options as not verifiable when their source was not read', () => {
    const schema = [
      property('dealstage', { type: 'enumeration', externalOptions: true, label: 'Deal Stage' }),
      property('hubspot_owner_id', { type: 'enumeration', externalOptions: true }),
      property('deal_currency_code', { type: 'enumeration', externalOptions: true,
        label: 'Currency' }),
    ]
    const records = [record({ dealstage: 'nonsense', hubspot_owner_id: 'x',
      deal_currency_code: 'EUR' })]
    const ctx = context('deals', records, schema)
    const results = validityChecks(ctx, env({ pipelines: null, owners: null }), new Set())

    for (const check of results) {
      expect(check, check.id).toMatchObject({ passRate: null, affected: 0, passed: true })
    }
    expect(results[2]?.summary).toBe('1 deals have Currency set, but its options live outside ' +
      'the property schema, so the values cannot be verified.')
    expect(recordScore(ctx.findings)).toBeNull()
  })

  it('flags suspicious dates and lets birth dates be old', () => {
    const schema = [
      property('renewal_date', { type: 'date' }),
      property('birth_date', { type: 'date', label: 'Birth date' }),
    ]
    const records = [
      record({ renewal_date: '1635535865', birth_date: '1960-02-01' }),
      record({ renewal_date: '1975-01-01', birth_date: '1635535865' }),
      record({ renewal_date: '2027-01-01', birth_date: '1990-01-01' }),
    ]
    const results = validityChecks(context('contacts', records, schema), env(), new Set())

    expect(counts(results)).toEqual({
      'contacts.validity.renewal_date': [2, 3],
      'contacts.validity.birth_date': [1, 3],
    })
  })

  it('copes with property names that are also Object members', () => {
    const schema = [
      property('constructor', { type: 'date' }),
      property('toString', { type: 'enumeration', externalOptions: true }),
    ]
    const records = [record({}), record({ constructor: '2024-01-01', toString: 'x' })]
    const results = validityChecks(context('contacts', records, schema), env(), new Set())

    expect(counts(results)).toEqual({
      'contacts.validity.constructor': [0, 1],
      'contacts.validity.toString': [0, 0],
    })
  })

  it('leaves HubSpot\'s own read-only properties alone', () => {
    const schema = [property('hs_first_seen', { type: 'datetime', hubspotDefined: true,
      readOnlyValue: true })]
    const records = [record({ hs_first_seen: 'garbage' })]

    expect(validityChecks(context('contacts', records, schema), env(), new Set())).toEqual([])
  })

  it('checks company domains and websites', () => {
    const schema = [property('domain'), property('website')]
    const records = [
      record({ domain: 'acme.com', website: 'https://www.acme.com' }),
      record({ domain: 'https://acme.com/', website: 'Yes' }),
      record({ domain: 'acme', website: 'No' }),
    ]
    const results = validityChecks(context('companies', records, schema), env(), new Set())

    expect(counts(results)).toEqual({
      'companies.validity.domain': [2, 3],
      'companies.validity.website': [2, 3],
    })
  })
})
