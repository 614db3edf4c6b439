import { describe, expect, it } from 'vitest'

import { createEnumValidator } from '../../../../server/scoring/validity/enumeration.ts'

const option = (value: string, label: string, hidden = false) => ({ value, label, hidden })

const category = createEnumValidator({
  type: 'enumeration',
  fieldType: 'select',
  options: [
    option('PRODUCT_ISSUE', 'Product issue'),
    option('BILLING_ISSUE', 'Billing issue'),
    option('LEGACY', 'Legacy', true),
  ],
})

describe('createEnumValidator', () => {
  it('accepts exact option values, hidden ones too', () => {
    expect(category('PRODUCT_ISSUE')).toEqual({ valid: true, hidden: false })
    expect(category('LEGACY')).toEqual({ valid: true, hidden: true })
  })

  it('rejects a label and names the value to store', () => {
    expect(category('Billing issue')).toEqual({
      valid: false,
      problem: 'label',
      fix: 'BILLING_ISSUE',
      reason: 'Store the option value "BILLING_ISSUE" instead of its label "Billing issue".',
    })
  })

  it('rejects a value that differs only in case and names the exact value', () => {
    expect(category('product_issue')).toMatchObject({ valid: false, problem: 'case',
      fix: 'PRODUCT_ISSUE' })
    expect(category('BILLING ISSUE')).toMatchObject({ valid: false, problem: 'case',
      fix: 'BILLING_ISSUE' })
  })

  it('rejects an unknown value without inventing a fix', () => {
    expect(category('reports')).toMatchObject({ valid: false, problem: 'unknown', fix: null })
  })

  it('offers no fix when a label or a case-folded text fits several options', () => {
    const twins = createEnumValidator({
      type: 'enumeration',
      fieldType: 'select',
      options: [option('a', 'Same'), option('b', 'Same'), option('ab', 'Q'), option('AB', 'R')],
    })

    expect(twins('Same')).toMatchObject({ problem: 'label', fix: null })
    expect(twins('Ab')).toMatchObject({ problem: 'case', fix: null })
  })

  describe('multi-select', () => {
    const interests = createEnumValidator({
      type: 'enumeration',
      fieldType: 'checkbox',
      options: [option('a', 'Alpha'), option('b', 'Beta', true)],
    })

    it('splits on semicolons and accepts lists of values', () => {
      expect(interests('a;b')).toEqual({ valid: true, hidden: true })
      expect(interests('a')).toEqual({ valid: true, hidden: false })
      expect(interests(';a;')).toEqual({ valid: true, hidden: false })
    })

    it('rejects a comma-joined list and offers the semicolon form', () => {
      expect(interests('a,b')).toMatchObject({ valid: false, problem: 'separator', fix: 'a;b' })
    })

    it('fixes every part it can, and offers nothing when one part is unknown', () => {
      expect(interests('a;Beta')).toMatchObject({ problem: 'label', fix: 'a;b' })
      expect(interests('A;zzz')).toMatchObject({ problem: 'case', fix: null })
    })
  })

  describe('bool properties', () => {
    const optIn = createEnumValidator({ type: 'bool', fieldType: 'booleancheckbox', options: [] })

    it('accepts "true" and "false" when the schema lists no options', () => {
      expect(optIn('true')).toMatchObject({ valid: true })
      expect(optIn('false')).toMatchObject({ valid: true })
    })

    it('rejects "True" and "Yes" with the value to store', () => {
      expect(optIn('True')).toMatchObject({ valid: false, problem: 'case', fix: 'true' })
      expect(optIn('Yes')).toMatchObject({ valid: false, problem: 'label', fix: 'true' })
    })
  })
})
