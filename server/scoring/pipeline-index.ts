import type { CrmRecord, Pipeline, PipelineStage } from '../../shared/crm.ts'

/** Where a deal stands in the pipelines, worked out once for all pipeline checks. */
export interface DealPosition {
  readonly stageId: string
  readonly pipelineId: string
  /** The stage in the deal's own pipeline, if it is there. */
  readonly ownStage: PipelineStage | undefined
  /** The stage anywhere: used to tell open from closed when the pipeline is wrong. */
  readonly anyStage: PipelineStage | undefined
  readonly pipeline: Pipeline | undefined
  /** True when a known stage says the deal is not closed. */
  readonly open: boolean
}

/** Looks stages up by pipeline and by id across all pipelines. */
export class PipelineIndex {
  readonly #pipelines = new Map<string, Pipeline>()
  readonly #stages = new Map<string, Map<string, PipelineStage>>()
  readonly #anyStage = new Map<string, PipelineStage>()

  constructor(pipelines: readonly Pipeline[]) {
    for (const pipeline of pipelines) {
      this.#pipelines.set(pipeline.id, pipeline)
      this.#stages.set(pipeline.id, new Map(pipeline.stages.map((stage) => [stage.id, stage])))
      for (const stage of pipeline.stages) {
        if (!this.#anyStage.has(stage.id)) this.#anyStage.set(stage.id, stage)
      }
    }
  }

  /** The deal's position, or undefined when it has no stage at all. */
  position(record: CrmRecord): DealPosition | undefined {
    const stageId = record.properties.dealstage?.trim() ?? ''
    if (stageId === '') return undefined

    const pipelineId = record.properties.pipeline?.trim() ?? ''
    const ownStage = this.#stages.get(pipelineId)?.get(stageId)
    const anyStage = ownStage ?? this.#anyStage.get(stageId)

    return {
      stageId,
      pipelineId,
      ownStage,
      anyStage,
      pipeline: this.#pipelines.get(pipelineId),
      open: anyStage !== undefined && !anyStage.isClosed,
    }
  }
}
