import { describe, expect, it } from 'vitest'

import {
  createDateJudge,
  latestPlausibleMs,
  parseDateValue,
} from '../../../../server/scoring/validity/date-value.ts'

const NOW_MS = Date.UTC(2026, 2, 15, 12)

describe('createDateJudge', () => {
  const judge = createDateJudge(NOW_MS)

  it('accepts epoch milliseconds, ISO dates and ISO date-times', () => {
    for (const value of ['1606768561954', '1606694400000', '2020-12-01',
      '2019-10-30T03:30:17.883Z', '2024-05-01T15:00:00+02:00']) {
      expect(judge(value), value).toBeNull()
    }
  })

  it('flags ten digits as seconds sent where milliseconds belong', () => {
    // 1635535865 s is 29 Oct 2021, but read as ms it is 19 Jan 1970.
    expect(judge('1635535865')).toBe('seconds-epoch')
  })

  it('flags dates before 1980, with the first of January 1980 still fine', () => {
    expect(judge('1979-12-31')).toBe('too-early')
    expect(judge('1980-01-01')).toBeNull()
    expect(judge('0')).toBe('too-early')
  })

  it('lets birth dates be old', () => {
    expect(createDateJudge(NOW_MS, true)('1958-07-04')).toBeNull()
  })

  it('flags dates more than 20 years ahead', () => {
    // 20 years after 2026-03-15T12:00Z is 2046-03-15T12:00Z.
    expect(latestPlausibleMs(NOW_MS)).toBe(Date.UTC(2046, 2, 15, 12))
    expect(judge(String(Date.UTC(2046, 2, 15, 12)))).toBeNull()
    expect(judge(String(Date.UTC(2046, 2, 15, 12) + 1))).toBe('too-late')
    expect(judge('2204-01-31')).toBe('too-late')
  })

  it('flags values that are not dates', () => {
    for (const value of ['next week', '2024-13-45', '31/12/2024', '-5', '2024-1-5']) {
      expect(judge(value), value).toBe('unparseable')
    }
  })
})

describe('parseDateValue', () => {
  it('reads epoch milliseconds and ISO text, and NaN otherwise', () => {
    expect(parseDateValue(' 1606768561954 ')).toBe(1606768561954)
    expect(parseDateValue('2020-12-01')).toBe(Date.UTC(2020, 11, 1))
    expect(parseDateValue('soon')).toBeNaN()
  })
})
