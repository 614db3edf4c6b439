import { describe, expect, it } from 'vitest'

import { normalizePhone } from '../../../../server/scoring/duplicates/normalize-phone.ts'

describe('normalizePhone', () => {
  it.each([
    ['+1-555-123-4567', 15551234567, 1234567],
    ['(555) 123-4567', 15551234567, 1234567],
    ['555.123.4567 ext. 12', 15551234567, 1234567],
    ['1 555 123 4567', 15551234567, 1234567],
    ['001 555 123 4567', 15551234567, 1234567],
  ])('reads the US number %j as full %d, local %d', (raw, full, local) => {
    expect(normalizePhone(raw)).toEqual({ full, local })
  })

  it('keeps a 7-digit number as a local number without area code', () => {
    expect(normalizePhone('386-5286')).toEqual({ full: null, local: 3865286 })
    expect(normalizePhone('+1 555-1234')).toEqual({ full: null, local: 5551234 })
  })

  it('parses numbers of other countries with libphonenumber', () => {
    // +44 20 7946 0958: calling code 44, national number 2079460958.
    expect(normalizePhone('+44 20 7946 0958')).toEqual({ full: 442079460958, local: 9460958 })
    expect(normalizePhone('020 7946 0958', 'GB')).toEqual({ full: 442079460958, local: 9460958 })
  })

  it.each(['+1-555-TEST', '12345', '9.99E+999', '77352211561150', '', null])(
    'returns null for %j',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull()
    },
  )
})
