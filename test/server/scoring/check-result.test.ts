import { describe, expect, it } from 'vitest'

import {
  describeReasons,
  measuredResult,
  notMeasuredResult,
  type CheckSpec,
} from '../../../server/scoring/check-result.ts'

const SPEC: CheckSpec = {
  id: 'contacts.fill.email',
  objectType: 'contacts',
  category: 'fill',
  title: 'Email filled',
  metric: 'share of contacts with an email',
  threshold: 0.9,
  severity: 'warning',
  subject: 'contacts',
  failure: 'have no email',
}

describe('measuredResult', () => {
  it('reports counts, pass rate and a one-sentence summary on a full population', () => {
    const result = measuredResult(SPEC, { looked: 8, failed: 2 }, {
      coverage: 'sample',
      sampled: false,
    })

    expect(result).toMatchObject({ affected: 2, sampleSize: 8, passRate: 0.75, passed: false })
    expect(result.confidenceInterval).toBeUndefined()
    expect(result.summary).toBe('2 of 8 contacts (25 %) have no email; the limit is 10 %.')
  })

  it('adds the Wilson interval, turned into a failure range, when the records are a sample', () => {
    // 80 of 100 pass: the pass interval is [0.711171, 0.866633] (see wilson.test.ts), so
    // the failure range is 13.3 % to 28.9 %.
    const result = measuredResult(SPEC, { looked: 100, failed: 20 }, {
      coverage: 'sample',
      sampled: true,
    })

    expect(result.confidenceInterval?.low).toBeCloseTo(0.711171, 5)
    expect(result.summary).toBe(
      '20 of 100 sampled contacts (20 %, 95 % range 13.3 % to 28.9 %) have no email; ' +
        'the limit is 10 %.',
    )
  })

  it('passes exactly at the threshold', () => {
    const result = measuredResult(SPEC, { looked: 10, failed: 1 }, {
      coverage: 'full',
      sampled: false,
    })

    expect(result.passRate).toBe(0.9)
    expect(result.passed).toBe(true)
  })

  it('appends a detail clause to the same sentence', () => {
    const result = measuredResult(
      SPEC,
      { looked: 4, failed: 1 },
      { coverage: 'sample', sampled: false },
      '1 is malformed',
    )

    expect(result.summary).toBe(
      '1 of 4 contacts (25 %) have no email; the limit is 10 %; 1 is malformed.',
    )
  })

  it('reports a check that looked at nothing as not measured rather than passed by data', () => {
    const result = measuredResult(SPEC, { looked: 0, failed: 0 }, {
      coverage: 'sample',
      sampled: true,
    })

    expect(result.passRate).toBeNull()
    expect(result.sampleSize).toBe(0)
    expect(result.summary).toBe('No sampled contacts were found, so nothing was measured.')
  })

  it('rejects a tally with more failures than records', () => {
    expect(() =>
      measuredResult(SPEC, { looked: 2, failed: 3 }, { coverage: 'sample', sampled: false }),
    ).toThrow(TypeError)
  })
})

describe('notMeasuredResult', () => {
  it('carries no counts and no pass rate', () => {
    const result = notMeasuredResult(SPEC, 'Owners were not read.', 'full')

    expect(result).toMatchObject({
      affected: 0,
      sampleSize: 0,
      passRate: null,
      coverage: 'full',
      summary: 'Owners were not read.',
    })
  })
})

describe('describeReasons', () => {
  const phrases = {
    short: ['is too short', 'are too short'],
    letters: ['has letters', 'have letters'],
    other: ['is odd', 'are odd'],
  } as const

  it('lists reasons in phrase order with singular and plural verbs', () => {
    const reasons = new Map([['letters', 1], ['short', 7], ['other', 2]])

    expect(describeReasons(reasons, phrases)).toBe(
      '7 are too short, 1 has letters and 2 are odd',
    )
  })

  it('returns undefined when no reason has a phrase', () => {
    expect(describeReasons(new Map([['unknown', 3]]), phrases)).toBeUndefined()
  })
})
