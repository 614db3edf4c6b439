import type { Pipeline } from '../../shared/crm.ts'
import type { CheckResult } from '../../shared/report.ts'
import { STAGE_ENTERED_PREFIX } from './check-plan.ts'
import {
  describeReasons,
  measuredResult,
  notMeasuredResult,
  type CheckSpec,
} from './check-result.ts'
import { isEmptyValue } from './empty-values.ts'
import { formatCount } from './format.ts'
import { runRecordCheck, type ObjectContext } from './object-context.ts'
import { PipelineIndex, type DealPosition } from './pipeline-index.ts'
import { parseDateValue } from './validity/date-value.ts'

/** An open deal that has sat in one stage longer than this is stale. */
export const STALE_AFTER_DAYS = 60

const DAY_MS = 86_400_000

type PipelineSpec = Omit<CheckSpec, 'objectType' | 'category'>

const SPECS = {
  stage: {
    id: 'deals.pipeline.stage',
    title: 'Deal stages match their pipeline',
    metric: "share of deals whose stage is a live stage of the deal's own pipeline",
    threshold: 0.99,
    severity: 'critical',
    subject: 'deals with a stage',
    failure: "have a stage that is not a live stage of their own pipeline",
  },
  pastClose: {
    id: 'deals.pipeline.past-close-date',
    title: 'Open deals with a future close date',
    metric: 'share of open deals whose close date is today or later',
    threshold: 0.9,
    severity: 'warning',
    subject: 'open deals with a close date',
    failure: 'have a close date that has passed',
  },
  missing: {
    id: 'deals.pipeline.amount-and-close-date',
    title: 'Open deals with an amount and a close date',
    metric: 'share of open deals with both an amount and a close date',
    threshold: 0.9,
    severity: 'warning',
    subject: 'open deals',
    failure: 'lack an amount or a close date',
  },
  stale: {
    id: 'deals.pipeline.stale',
    title: 'Open deals moving through their stages',
    metric: `share of open deals that entered their stage within ${STALE_AFTER_DAYS} days`,
    threshold: 0.8,
    severity: 'warning',
    subject: 'open deals with a known stage date',
    failure: `have been in their stage for more than ${STALE_AFTER_DAYS} days`,
  },
} as const satisfies Record<string, PipelineSpec>

function specOf(spec: PipelineSpec): CheckSpec {
  return { ...spec, objectType: 'deals', category: 'pipeline' }
}

function stageProblem(position: DealPosition): string | null {
  if (position.anyStage === undefined) return 'unknown'
  if (position.ownStage === undefined) return 'other-pipeline'

  return position.ownStage.archived || position.pipeline?.archived ? 'archived' : null
}

/**
 * Deal pipeline hygiene: stages outside the deal's own pipeline or archived, open deals past
 * their close date or missing an amount or close date, and open deals stale in their stage.
 * A deal is open when its stage (looked up in its pipeline, else in any) is not closed.
 */
export function pipelineChecks(
  ctx: ObjectContext,
  pipelines: readonly Pipeline[] | null,
): CheckResult[] {
  if (ctx.type !== 'deals' || !ctx.properties.has('dealstage')) return []
  if (pipelines === null) {
    const summary = 'Deal pipelines were not read, so this was not measured.'

    return Object.values(SPECS).map((spec) => notMeasuredResult(specOf(spec), summary))
  }

  const index = new PipelineIndex(pipelines)
  const positions = ctx.records.map((record) => index.position(record))
  const positionOf = (index: number): DealPosition | undefined => positions[index]

  const results: CheckResult[] = []
  const stageSpec = specOf(SPECS.stage)
  const stage = runRecordCheck(ctx, stageSpec, (_record, index) => {
    const position = positionOf(index)

    return position === undefined ? undefined : stageProblem(position)
  })
  results.push(measuredResult(stageSpec, stage, ctx.scope, describeReasons(stage.reasons, {
    'other-pipeline': ['belongs to another pipeline', 'belong to another pipeline'],
    unknown: ['is in no pipeline', 'are in no pipeline'],
    archived: ['is archived', 'are archived'],
  })))

  const todayMs = Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS
  const pastSpec = specOf(SPECS.pastClose)
  results.push(measuredResult(pastSpec, runRecordCheck(ctx, pastSpec, (record, index) => {
    if (positionOf(index)?.open !== true) return undefined

    const closeMs = parseDateValue(record.properties.closedate ?? '')
    if (Number.isNaN(closeMs)) return undefined

    return closeMs < todayMs ? 'past' : null
  }), ctx.scope))

  const missingSpec = specOf(SPECS.missing)
  const missing = runRecordCheck(ctx, missingSpec, (record, index) => {
    if (positionOf(index)?.open !== true) return undefined

    const noAmount = isEmptyValue(record.properties.amount)
    const noClose = isEmptyValue(record.properties.closedate)
    if (noAmount && noClose) return 'both'

    return noAmount ? 'amount' : noClose ? 'closedate' : null
  })
  results.push(measuredResult(missingSpec, missing, ctx.scope, describeReasons(missing.reasons, {
    amount: ['lacks only the amount', 'lack only the amount'],
    closedate: ['lacks only the close date', 'lack only the close date'],
    both: ['lacks both', 'lack both'],
  })))

  results.push(staleCheck(ctx, positionOf))

  return results
}

function staleCheck(
  ctx: ObjectContext,
  positionOf: (index: number) => DealPosition | undefined,
): CheckResult {
  const spec = specOf(SPECS.stale)
  const nowMs = ctx.now.getTime()
  let fromStageEntry = 0
  let fromLastModified = 0
  const outcome = runRecordCheck(ctx, spec, (record, index) => {
    const position = positionOf(index)
    if (position?.open !== true) return undefined

    let enteredMs = parseDateValue(
      record.properties[`${STAGE_ENTERED_PREFIX}${position.stageId}`] ?? '',
    )
    if (Number.isNaN(enteredMs)) {
      // Without the stage-entry date, the last edit is the latest the deal can have moved.
      enteredMs = parseDateValue(record.properties.hs_lastmodifieddate ?? '')
      if (Number.isNaN(enteredMs)) return undefined
      fromLastModified++
    } else {
      fromStageEntry++
    }

    return nowMs - enteredMs > STALE_AFTER_DAYS * DAY_MS ? 'stale' : null
  })
  const detail =
    `the stage date came from hs_date_entered_<stage> for ${formatCount(fromStageEntry)} ` +
    `and from hs_lastmodifieddate for ${formatCount(fromLastModified)}`

  return measuredResult(spec, outcome, ctx.scope, detail)
}
