import { describe, expect, it } from 'vitest'

import { findRecordProblems, type RecordView } from '../../../server/fixes/find-problems.ts'
import { createPhoneJudge } from '../../../server/scoring/validity/phone.ts'
import { meta } from './schema.ts'

const env = { nowMs: Date.UTC(2026, 0, 1), pipelines: null, owners: null,
  phoneJudge: createPhoneJudge('US') }
const contactSchema = [meta('email'), meta('firstname'), meta('lastname'),
  meta('phone', { type: 'string', fieldType: 'phonenumber' }), meta('company'),
  meta('lifecyclestage')]

function contact(properties: Record<string, string>, companies: string[] = []): RecordView {
  return { objectType: 'contacts', properties, associations: { companies },
    schema: contactSchema }
}

describe('findRecordProblems', () => {
  it('offers the email fix for spaces and capitals', () => {
    const findings = findRecordProblems(contact({ email: ' Jane.Doe@Example.COM ',
      firstname: 'Jane', lastname: 'Doe', phone: '+13125550100', lifecyclestage: 'lead' },
    ['9']), env, 'US')

    expect(findings).toEqual([expect.objectContaining({ id: 'invalid:email',
      kind: 'invalid', fix: 'normalize-email' })])
  })

  it('offers to clear a placeholder name and to link a company by email domain', () => {
    const findings = findRecordProblems(contact({ email: 'jo@acme.com', firstname: 'n/a',
      lastname: 'Lee', phone: '(312) 555-0100', lifecyclestage: 'lead' }), env, 'US')

    expect(findings.map((finding) => [finding.id, finding.fix])).toEqual([
      ['missing:firstname', 'clear-placeholder'],
      ['association:companies', 'associate-company-by-domain'],
    ])
  })

  it('offers no clear for a placeholder in a property HubSpot keeps read-only', () => {
    const view = { ...contact({ email: 'jo@acme.com', firstname: 'n/a', lastname: 'Lee',
      phone: '+13125550100', lifecyclestage: 'lead' }, ['9']),
    schema: contactSchema.map((item) => item.name === 'firstname'
      ? { ...item, readOnlyValue: true } : item) }

    const findings = findRecordProblems(view, env, 'US')

    expect(findings).toEqual([expect.objectContaining({ id: 'missing:firstname', fix: null })])
  })

  it('offers no company link for a free-mail address', () => {
    const findings = findRecordProblems(contact({ email: 'jo@gmail.com', firstname: 'Jo',
      lastname: 'Lee', phone: '+13125550100', lifecyclestage: 'lead' }), env, 'US')

    expect(findings).toEqual([expect.objectContaining({ id: 'association:companies',
      fix: null })])
  })

  it('offers E.164 for a phone number that is not valid as written', () => {
    const findings = findRecordProblems(contact({ email: 'jo@gmail.com', firstname: 'Jo',
      lastname: 'Lee', phone: '00 44 20 7946 0958 x', lifecyclestage: 'lead' }, ['1']),
    env, 'US')

    expect(findings.map((finding) => finding.id)).toEqual(['invalid:phone'])
  })
})
