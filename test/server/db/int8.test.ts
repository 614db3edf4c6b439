import { describe, expect, it } from 'vitest'

import { parseInt8 } from '../../../server/db/int8.ts'

describe('parseInt8', () => {
  it('turns the text form of an int8 into a number', () => {
    expect(parseInt8('0')).toBe(0)
    expect(parseInt8('-42')).toBe(-42)
    expect(parseInt8('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('throws a RangeError rather than round a value beyond 2^53', () => {
    expect(() => parseInt8('9007199254740993')).toThrow(RangeError)
    expect(() => parseInt8('-9223372036854775808')).toThrow(RangeError)
  })
})
