import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'

import { createPhoneJudge } from '../../../../server/scoring/validity/phone.ts'

describe('createPhoneJudge', () => {
  const us = createPhoneJudge('US')

  it('accepts US numbers in the usual formats', () => {
    for (const phone of ['(312) 555-0100', '312-555-0199', '+1 312 555 0100', '+13125550100',
      '312.555.0100', '1-800-555-0199', '(312) 555-0100 x123']) {
      expect(us(phone), phone).toBe('valid')
    }
  })

  it('reports 7-digit local numbers as lacking an area code', () => {
    expect(us('555-1234')).toBe('no-area-code')
    expect(us('5551234')).toBe('no-area-code')
  })

  it('rejects numbers with an impossible area code, letters or the wrong length', () => {
    // 555 is not an assigned area code: the max metadata checks digits, not only length.
    expect(us('+1-555-123-4567')).toBe('invalid')
    expect(us('+1-555-TEST')).toBe('invalid')
    expect(us('+1234567890')).toBe('invalid')
    expect(us('12345')).toBe('invalid')
    expect(us('call me')).toBe('invalid')
    expect(us('+1 312 555 0100 0100 0100 0100')).toBe('invalid')
  })

  it('accepts foreign numbers written with their country code', () => {
    expect(us('+44 20 7946 0958')).toBe('valid')
    expect(us('+49 30 123456')).toBe('valid')
  })

  it('reads national numbers as numbers of the default country', () => {
    const gb = createPhoneJudge('GB')

    expect(gb('020 7946 0958')).toBe('valid')
    expect(us('020 7946 0958')).toBe('invalid')
  })

  it('skips national numbers when no default country is known', () => {
    const anywhere = createPhoneJudge()

    expect(anywhere('(312) 555-0100')).toBe('unverifiable')
    expect(anywhere('+1 312 555 0100')).toBe('valid')
    expect(anywhere('0044 20 7946 0958')).toBe('invalid')
  })

  it('gives formatting variants of one number the verdict the library gives each', () => {
    const variants = ['(415) 555-0132', '415-555-0132', '415.555.0132', '4155550132',
      ' 415 555 0132', '(555) 123-4567', '555-123-4567', '5551234567', '+1 (415) 555-0132']
    for (const variant of variants) {
      const library = parsePhoneNumberFromString(variant, 'US')?.isValid() === true

      expect(us(variant) === 'valid', variant).toBe(library)
    }
  })

  it('answers correctly after its cache fills up and empties', () => {
    const tiny = createPhoneJudge('US', 1)

    expect(tiny('(312) 555-0100')).toBe('valid')
    expect(tiny('555-1234')).toBe('no-area-code')
    expect(tiny('312-555-0100')).toBe('valid')
  })

  it('accepts a lower-case country and treats an empty one as none', () => {
    expect(createPhoneJudge('gb')('020 7946 0958')).toBe('valid')
    expect(createPhoneJudge('')('020 7946 0958')).toBe('unverifiable')
  })

  it('rejects an unknown default country', () => {
    expect(() => createPhoneJudge('XX')).toThrow(TypeError)
  })
})
