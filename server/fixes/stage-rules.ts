import type { Pipeline, PipelineStage, PropertyValues } from '../../shared/crm.ts'

/** A property a deal needs because of the stage it is in, and why, in plain words. */
export interface StageRequirement {
  readonly property: string
  readonly reason: string
}

/** Late in a pipeline: HubSpot's own win probability from this stage on. */
const LATE_STAGE_PROBABILITY = 0.5

/**
 * What a deal's current stage adds to the properties that matter for every deal:
 * - closed won: an amount and a close date, or revenue reports miss the deal;
 * - closed lost: the reason it was lost, or the team cannot learn from it;
 * - open at 50 % probability or more: a next step, an amount and a close date, which the
 *   forecast rests on.
 * Stages are judged by their metadata (closed, probability), never by their id or label.
 */
export function stageRequirements(stage: PipelineStage | null): StageRequirement[] {
  if (!stage) return []

  const name = `"${stage.label}"`
  if (stage.isClosed && (stage.probability ?? 0) >= 1) {
    return [
      { property: 'amount', reason: `A deal won in ${name} needs its amount for revenue.` },
      { property: 'closedate', reason: `A deal won in ${name} needs the date it closed.` },
    ]
  }
  if (stage.isClosed) {
    return [{ property: 'closed_lost_reason',
      reason: `A deal lost in ${name} should say why it was lost.` }]
  }
  if ((stage.probability ?? 0) >= LATE_STAGE_PROBABILITY) {
    return [
      { property: 'hs_next_step', reason: `A deal this far along (${name}) needs a next step.` },
      { property: 'amount', reason: `The forecast counts ${name} deals: it needs an amount.` },
      { property: 'closedate',
        reason: `The forecast counts ${name} deals: it needs a close date.` },
    ]
  }

  return []
}

/** The stage a deal is in: its `dealstage` looked up in its own `pipeline`. */
export function stageOf(values: PropertyValues, pipelines: readonly Pipeline[])
  : PipelineStage | null {
  const pipeline = pipelines.find((item) => item.id === values.pipeline)

  return pipeline?.stages.find((stage) => stage.id === values.dealstage) ?? null
}

/** Every property some stage can require, so the card reads them. */
export const STAGE_PROPERTIES = ['amount', 'closedate', 'closed_lost_reason', 'hs_next_step']
