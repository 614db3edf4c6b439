import { describe, expect, it } from 'vitest'

import { checkDate, checkDatetime } from '../../../../server/sandbox/values/dates.ts'

describe('checkDate', () => {
  it('accepts midnight UTC as epoch ms or YYYY-MM-DD and stores the day', () => {
    // 1430438400000 is 2015-05-01T00:00:00Z.
    expect(checkDate('1430438400000')).toEqual({ ok: true, value: '2015-05-01' })
    expect(checkDate('2015-05-01')).toEqual({ ok: true, value: '2015-05-01' })
    expect(checkDate('2015-05-01T00:00:00.000Z')).toEqual({ ok: true, value: '2015-05-01' })
  })

  it('rejects any other time of day, seconds values included', () => {
    // 1635535865 read as ms is 1970-01-19T22:18:55.865Z.
    expect(checkDate('1635535865')).toEqual({ ok: false, error: 'INVALID_DATE',
      message: '1635535865 is at 22:18:55.865 UTC, not midnight!' })
    expect(checkDate('2015-05-01T05:00:00+05:00').ok).toBe(true)
    expect(checkDate('2015-05-01T05:00:00Z').ok).toBe(false)
  })

  it('rejects impossible days and text', () => {
    expect(checkDate('2024-02-31').ok).toBe(false)
    expect(checkDate('next tuesday').ok).toBe(false)
    expect(checkDate('99999999999999999999').ok).toBe(false)
  })
})

describe('checkDatetime', () => {
  it('accepts epoch ms and ISO-8601 and stores ISO-8601 UTC', () => {
    expect(checkDatetime('1606768561954')).toEqual({ ok: true,
      value: '2020-11-30T20:36:01.954Z' })
    expect(checkDatetime('2020-11-30T21:36:01.954+01:00')).toEqual({ ok: true,
      value: '2020-11-30T20:36:01.954Z' })
    expect(checkDatetime('yesterday').ok).toBe(false)
  })
})
