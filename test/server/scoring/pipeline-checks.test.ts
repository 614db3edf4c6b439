import { describe, expect, it } from 'vitest'

import type { Pipeline } from '../../../shared/crm.ts'
import { pipelineChecks } from '../../../server/scoring/pipeline-checks.ts'
import { context, counts, property, record } from './fixtures.ts'

const stage = (id: string, isClosed = false, archived = false) =>
  ({ id, label: id, archived, isClosed, probability: null })

const PIPELINES: Pipeline[] = [
  { id: 'default', label: 'Sales', archived: false,
    stages: [stage('open1'), stage('closedwon', true)] },
  { id: '99', label: 'Renewals', archived: false,
    stages: [stage('9901', false, true), stage('9902')] },
  { id: 'old', label: 'Old', archived: true, stages: [stage('o1')] },
]
const SCHEMA = [property('dealstage', { type: 'enumeration', externalOptions: true })]

// NOW is 2026-03-15T12:00Z (fixtures.ts).
const DEALS = [
  // 1: open, close date passed, entered its stage 5 days ago.
  record({ pipeline: 'default', dealstage: 'open1', amount: '100',
    closedate: '2026-03-01T00:00:00Z', hs_date_entered_open1: '2026-03-10T00:00:00Z' }),
  // 2: open, closes today (not passed), no amount, no stage date, last edited 104 days ago.
  record({ pipeline: 'default', dealstage: 'open1', amount: '', closedate: '2026-03-15',
    hs_lastmodifieddate: '2025-12-01T12:00:00Z' }),
  // 3: closed, so none of the open-deal checks look at it.
  record({ pipeline: 'default', dealstage: 'closedwon', amount: '', closedate: '2020-01-01' }),
  // 4: open stage of another pipeline, no close date, no dates at all.
  record({ pipeline: 'default', dealstage: '9902', amount: '5' }),
  // 5: archived stage (still open), closes in June, entered its stage 165 days ago.
  record({ pipeline: '99', dealstage: '9901', amount: '5', closedate: '2026-06-01',
    hs_date_entered_9901: '2025-10-01T12:00:00Z' }),
  // 6: a stage no pipeline has: not known to be open.
  record({ pipeline: 'default', dealstage: 'ghost', amount: '5' }),
  // 7: no stage at all.
  record({ pipeline: 'default', dealstage: '' }),
  // 8: live stage of an archived pipeline, open, no amount or close date.
  record({ pipeline: 'old', dealstage: 'o1' }),
]

describe('pipelineChecks', () => {
  const results = pipelineChecks(context('deals', DEALS, SCHEMA), PIPELINES)

  it('counts each check over the deals it applies to', () => {
    expect(counts(results)).toEqual({
      // Deals 1-6 and 8 have a stage; 4 (other pipeline), 5 and 8 (archived), 6 (unknown) fail.
      'deals.pipeline.stage': [4, 7],
      // Open deals with a close date: 1, 2, 5; only 1 has passed.
      'deals.pipeline.past-close-date': [1, 3],
      // Open deals: 1, 2, 4, 5, 8; 2 lacks the amount, 4 the close date, 8 both.
      'deals.pipeline.amount-and-close-date': [3, 5],
      // Open deals with a stage date: 1 (5 days), 2 (104 days, last edit), 5 (165 days).
      'deals.pipeline.stale': [2, 3],
    })
  })

  it('names the reasons of stage problems', () => {
    expect(results[0]?.summary).toContain(
      '1 belongs to another pipeline, 1 is in no pipeline and 2 are archived',
    )
  })

  it('says where the stage dates came from', () => {
    expect(results[3]?.summary).toContain(
      'the stage date came from hs_date_entered_<stage> for 2 and from hs_lastmodifieddate for 1',
    )
  })

  it('is not measured when pipelines were not read', () => {
    const unread = pipelineChecks(context('deals', DEALS, SCHEMA), null)

    expect(unread).toHaveLength(4)
    for (const check of unread) expect(check.passRate).toBeNull()
  })

  it('runs only on deals that have a stage property', () => {
    expect(pipelineChecks(context('contacts', DEALS, SCHEMA), PIPELINES)).toEqual([])
    expect(pipelineChecks(context('deals', DEALS, []), PIPELINES)).toEqual([])
  })
})
