import { describe, expect, it } from 'vitest'

import type { PipelineStage } from '../../../shared/crm.ts'
import { findRecordProblems } from '../../../server/fixes/find-problems.ts'
import { stageOf, stageRequirements } from '../../../server/fixes/stage-rules.ts'
import { createPhoneJudge } from '../../../server/scoring/validity/phone.ts'
import { meta } from './schema.ts'

const stage = (overrides: Partial<PipelineStage>): PipelineStage => ({
  id: 's', label: 'Stage', archived: false, isClosed: false, probability: 0.2, ...overrides,
})
const won = stage({ id: 'won', label: 'Won', isClosed: true, probability: 1 })
const lost = stage({ id: 'lost', label: 'Lost', isClosed: true, probability: 0 })
const late = stage({ id: 'late', label: 'Contract sent', probability: 0.9 })
const early = stage({ id: 'early', label: 'Qualified', probability: 0.2 })
const properties = (list: readonly { property: string }[]) => list.map((n) => n.property)

describe('stageRequirements', () => {
  it('asks a won deal for its amount and close date', () => {
    expect(properties(stageRequirements(won))).toEqual(['amount', 'closedate'])
  })

  it('asks a lost deal why it was lost', () => {
    expect(properties(stageRequirements(lost))).toEqual(['closed_lost_reason'])
  })

  it('asks a late open deal for a next step, an amount and a close date', () => {
    expect(properties(stageRequirements(late))).toEqual(['hs_next_step', 'amount',
      'closedate'])
  })

  it('adds nothing for an early stage or an unknown one', () => {
    expect(stageRequirements(early)).toEqual([])
    expect(stageRequirements(null)).toEqual([])
  })

  it('finds the stage in the deal own pipeline only', () => {
    const pipelines = [
      { id: 'a', label: 'A', archived: false, stages: [late] },
      { id: 'b', label: 'B', archived: false, stages: [won] },
    ]

    expect(stageOf({ pipeline: 'b', dealstage: 'won' }, pipelines)).toBe(won)
    expect(stageOf({ pipeline: 'a', dealstage: 'won' }, pipelines)).toBeNull()
  })
})

describe('findRecordProblems for a deal in a stage', () => {
  const env = { nowMs: Date.UTC(2026, 0, 1), pipelines: null, owners: null,
    phoneJudge: createPhoneJudge('US') }
  const schema = [meta('dealname'), meta('amount'), meta('closedate'), meta('pipeline'),
    meta('dealstage'), meta('closed_lost_reason'), meta('hs_next_step')]
  const deal = (values: Record<string, string>, at: PipelineStage) =>
    findRecordProblems({ objectType: 'deals', properties: values, associations: {},
      schema, stage: at }, env, 'US').filter((finding) => finding.kind === 'missing')

  it('reports a lost deal without a reason, once, with the stage in the reason', () => {
    const findings = deal({ dealname: 'Acme renewal', amount: '10', closedate: '2026-01-01',
      pipeline: 'p', dealstage: 'lost' }, lost)

    expect(findings).toEqual([expect.objectContaining({ id: 'missing:closed_lost_reason',
      severity: 'warning', reason: 'A deal lost in "Lost" should say why it was lost.' })])
  })

  it('reports a missing amount once, with the late stage reason instead of the general one', () => {
    const findings = deal({ dealname: 'Acme renewal', closedate: '2026-01-01', pipeline: 'p',
      dealstage: 'late', hs_next_step: 'Call' }, late)

    expect(findings).toEqual([expect.objectContaining({ id: 'missing:amount',
      reason: 'The forecast counts "Contract sent" deals: it needs an amount.' })])
  })

  it('asks nothing more of an early deal than of any deal', () => {
    const findings = deal({ dealname: 'Acme renewal', amount: '10', closedate: '2026-01-01',
      pipeline: 'p', dealstage: 'early' }, early)

    expect(findings).toEqual([])
  })
})
