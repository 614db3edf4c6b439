import { describe, expect, it } from 'vitest'

import { planPropertyFix, planRecordFix } from '../../../server/fixes/plan-fix.ts'
import { meta } from './schema.ts'

const industry = meta('industry', { type: 'enumeration', fieldType: 'select', options: [
  { label: 'Computer Software', value: 'COMPUTER_SOFTWARE', hidden: false },
  { label: 'Retail', value: 'RETAIL', hidden: false },
] })

describe('planPropertyFix', () => {
  it('replaces an option label with its value', () => {
    expect(planPropertyFix('enum-label-to-value', industry, 'Computer Software', 'US'))
      .toBe('COMPUTER_SOFTWARE')
  })

  it('clears a placeholder with an empty string, never null', () => {
    expect(planPropertyFix('clear-placeholder', meta('jobtitle'), 'N/A', 'US')).toBe('')
  })

  it('offers nothing when the value is already right', () => {
    expect(planPropertyFix('normalize-email', meta('email'), 'a@example.com', 'US')).toBeNull()
    expect(planPropertyFix('clear-placeholder', meta('jobtitle'), 'Manager', 'US')).toBeNull()
  })

  it('offers nothing on a read-only property', () => {
    const readOnly = meta('email', { readOnlyValue: true })

    expect(planPropertyFix('normalize-email', readOnly, ' A@Example.com', 'US')).toBeNull()
  })
})

describe('planRecordFix', () => {
  const schema = [meta('domain'), meta('website')]

  it('fills the domain from the website', () => {
    const changes = planRecordFix('domain-from-website', 'domain',
      { website: 'https://www.acme.com/contact', domain: '' }, schema, 'US')

    expect(changes).toEqual([{ property: 'domain', label: 'Domain', before: null,
      after: 'acme.com' }])
  })

  it('leaves a filled domain alone', () => {
    expect(planRecordFix('domain-from-website', 'domain',
      { website: 'https://acme.com', domain: 'acme.co.uk' }, schema, 'US')).toEqual([])
  })

  it('shows a cleared value as null', () => {
    expect(planRecordFix('clear-placeholder', 'website', { website: 'none' }, schema, 'US'))
      .toEqual([{ property: 'website', label: 'Website', before: 'none', after: null }])
  })
})
