import { describe, expect, it } from 'vitest'

import { fillChecks } from '../../../server/scoring/fill-checks.ts'
import { recordScore } from '../../../server/scoring/score.ts'
import { context, counts, property, record } from './fixtures.ts'

describe('fillChecks', () => {
  it('counts every empty variant and placeholder as missing', () => {
    const records = [
      record({ email: 'maria@example.com' }),
      record({ email: null }),
      record({ email: '' }),
      record({ email: '   ' }),
      record({}),
      record({ email: 'N/A' }),
      record({ email: 'tbd' }),
      record({ email: 'brian@example.org' }),
    ]
    const schema = [property('email', { label: 'Email' })]
    const [email] = fillChecks(context('contacts', records, schema))

    // 6 of 8 are empty: null, "", spaces, absent, "N/A", "tbd".
    expect(email).toMatchObject({ id: 'contacts.fill.email', affected: 6, sampleSize: 8 })
    expect(email?.passRate).toBe(0.25)
    expect(email?.passed).toBe(false)
    expect(email?.summary).toBe('6 of 8 contacts (75 %) have no email; the limit is 10 %.')
  })

  it('checks only the rule properties present in the schema', () => {
    const ctx = context('companies', [record({ name: 'Acme', domain: 'acme.com' })], [
      property('name'),
      property('industry', { type: 'enumeration' }),
      property('domain', { archived: true }),
    ])

    expect(fillChecks(ctx).map((check) => check.id)).toEqual([
      'companies.fill.name',
      'companies.fill.industry',
    ])
  })

  it('counts a mobile number as a phone', () => {
    const records = [
      record({ phone: '+1 312 555 0100' }),
      record({ phone: null, mobilephone: '+1 312 555 0101' }),
      record({ phone: '', mobilephone: '' }),
    ]
    const ctx = context('contacts', records, [property('phone'), property('mobilephone')])

    expect(counts(fillChecks(ctx))['contacts.fill.phone']).toEqual([1, 3])
  })

  it('counts an associated company as a company', () => {
    const records = [
      record({ company: 'Acme' }),
      record({ company: null }, { companies: ['77'] }),
      record({ company: null }, { companies: [] }),
      record({ company: 'n/a' }),
    ]
    const ctx = context('contacts', records, [property('company')])

    expect(counts(fillChecks(ctx))['contacts.fill.company']).toEqual([2, 4])
  })

  it('marks each record missing a value under the fill category', () => {
    const records = [record({ firstname: 'Ana', lastname: 'Silva' }), record({ firstname: '' })]
    const ctx = context('contacts', records, [property('firstname'), property('lastname')])
    fillChecks(ctx)

    // Record 2 misses both (info, info) and counts once: 100 * (1 + 0.8) / 2 = 90.
    expect(recordScore(ctx.findings, 'fill')).toBeCloseTo(90, 10)
  })

  it('adds a confidence interval only when the records are a sample', () => {
    const records = [record({ name: 'Acme' }), record({ name: '' })]
    const schema = [property('name')]

    expect(fillChecks(context('companies', records, schema))[0]?.confidenceInterval)
      .toBeUndefined()
    expect(fillChecks(context('companies', records, schema, 50))[0]?.confidenceInterval)
      .toBeDefined()
  })
})
