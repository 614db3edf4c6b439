import { describe, expect, it } from 'vitest'

import type { CheckSpec } from '../../../server/scoring/check-result.ts'
import { runRecordCheck } from '../../../server/scoring/object-context.ts'
import { context, property, record } from './fixtures.ts'

const SPEC: CheckSpec = {
  id: 'contacts.test', objectType: 'contacts', category: 'validity', title: 't', metric: 'm',
  threshold: 1, severity: 'warning', subject: 'contacts', failure: 'fail',
}

describe('createObjectContext', () => {
  it('keeps live properties only and marks a smaller-than-total set as sampled', () => {
    const ctx = context('contacts', [record({})], [property('a'),
      property('b', { archived: true })], 10)

    expect([...ctx.properties.keys()]).toEqual(['a'])
    expect(ctx.scope).toEqual({ coverage: 'sample', sampled: true })
  })
})

describe('runRecordCheck', () => {
  it('tallies looked-at, failed and reasons, and marks failing records', () => {
    const ctx = context('contacts', [record({ v: 'ok' }), record({ v: 'bad' }),
      record({ v: 'worse' }), record({})], [])
    const outcome = runRecordCheck(ctx, SPEC, (r, index) => {
      const value = r.properties.v
      if (value === undefined) return undefined

      return value === 'ok' ? null : `${value}-${index}`
    })

    expect(outcome.looked).toBe(3)
    expect(outcome.failed).toBe(2)
    expect([...outcome.reasons]).toEqual([['bad-1', 1], ['worse-2', 1]])
    expect([0, 1, 2, 3].map((i) => ctx.findings.worstRank(i, 'validity'))).toEqual([0, 2, 2, 0])
    expect(ctx.findings.isMeasured('validity')).toBe(true)
  })

  it('does not note a category as measured when nothing was looked at', () => {
    const ctx = context('contacts', [record({})], [])
    runRecordCheck(ctx, SPEC, () => undefined)

    expect(ctx.findings.isMeasured('validity')).toBe(false)
  })
})
