import { describe, expect, it } from 'vitest'

import { capitalise, formatCount, formatPercent } from '../../../server/scoring/format.ts'

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(1234567)).toBe('1,234,567')
  })
})

describe('formatPercent', () => {
  it('rounds to one decimal and drops a trailing zero', () => {
    expect(formatPercent(0.1875)).toBe('18.8 %')
    expect(formatPercent(0.1)).toBe('10 %')
    expect(formatPercent(1)).toBe('100 %')
  })

  it('says "under 0.1 %" for a tiny share instead of rounding it to zero', () => {
    expect(formatPercent(0.0002)).toBe('< 0.1 %')
    expect(formatPercent(0)).toBe('0 %')
  })
})

describe('capitalise', () => {
  it('upper-cases the first letter only', () => {
    expect(capitalise('open deals')).toBe('Open deals')
  })
})
