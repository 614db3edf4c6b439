import { describe, expect, it } from 'vitest'

import { duplicateCheck, mergedAwayIds } from '../../../server/scoring/duplicate-checks.ts'
import { recordScore } from '../../../server/scoring/score.ts'
import { context, record } from './fixtures.ts'

const group = (...ids: string[]) => ({ ids, confidence: 0.9, reason: 'same email address' })
const GROUPS = [group('a', 'b', 'c'), group('d', 'e'), group('f', 'f')]

describe('mergedAwayIds', () => {
  it('keeps the first id of each group and counts repeated ids once', () => {
    expect([...mergedAwayIds(GROUPS)].sort()).toEqual(['b', 'c', 'e'])
  })
})

describe('duplicateCheck', () => {
  it('counts the records a full merge would remove, over the whole population', () => {
    // (3 - 1) + (2 - 1) + (1 - 1) = 3 of 100; pass rate 0.97 meets the 0.97 threshold.
    const check = duplicateCheck('contacts', { groups: GROUPS, population: 100 }, undefined)

    expect(check).toMatchObject({
      id: 'contacts.duplicates',
      category: 'duplicates',
      affected: 3,
      sampleSize: 100,
      coverage: 'full',
      passRate: 0.97,
      passed: true,
    })
    expect(check.confidenceInterval).toBeUndefined()
    expect(check.summary).toBe('3 of 100 contacts (3 %) would disappear if every duplicate ' +
      'group were merged; the limit is 3 %; they sit in 2 groups.')
  })

  it('marks sampled records that a merge would remove', () => {
    const ctx = context('contacts', [record({}, undefined, 'a'), record({}, undefined, 'b'),
      record({}, undefined, 'x')], [])
    duplicateCheck('contacts', { groups: GROUPS, population: 100 }, ctx)

    // Only "b" would disappear: 100 * (1 + 0.5 + 1) / 3 = 83.33
    expect(recordScore(ctx.findings, 'duplicates')).toBeCloseTo(83.333, 3)
  })

  it('is not measured when the engine did not run', () => {
    const check = duplicateCheck('companies', undefined, undefined)

    expect(check).toMatchObject({ passRate: null, coverage: 'full', affected: 0 })
  })

  it('rejects groups larger than their population', () => {
    expect(() => duplicateCheck('contacts', { groups: GROUPS, population: 2 }, undefined))
      .toThrow(TypeError)
  })
})
