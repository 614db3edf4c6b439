import type { PipelineDef } from '../store/types.ts'
import { LIFECYCLE_STAGES } from './option-sets.ts'

/**
 * Generated table lines for the property families HubSpot repeats per lifecycle stage
 * (contacts and companies) or per deal stage.
 */
export function lifecycleFamilies(group: string): string {
  const lines: string[] = []
  for (const [stage, label] of LIFECYCLE_STAGES) {
    const pipelineLabel = `${label} (Lifecycle Stage Pipeline)`
    lines.push(
      `hs_date_entered_${stage}|Date entered "${pipelineLabel}"|datetime|date|${group}|r`,
      `hs_date_exited_${stage}|Date exited "${pipelineLabel}"|datetime|date|${group}|r`,
      `hs_time_in_${stage}|Time in "${pipelineLabel}"|number|calculation_read_time|${group}|r`,
      `hs_v2_date_entered_${stage}|Date entered ${label}|datetime|date|${group}|hr`,
      `hs_v2_date_exited_${stage}|Date exited ${label}|datetime|date|${group}|hr`,
      `hs_v2_latest_time_in_${stage}|Latest time in ${label}|number|calculation_read_time|` +
        `${group}|hr`,
    )
  }

  return lines.join('\n')
}

/** Date-entered, date-exited and time-in properties for each stage of each deal pipeline. */
export function dealStageFamilies(pipelines: readonly PipelineDef[]): string {
  const lines: string[] = []
  for (const pipeline of pipelines) {
    for (const { id, label } of pipeline.stages) {
      const name = `${label} (${pipeline.label})`
      lines.push(
        `hs_date_entered_${id}|Date entered "${name}"|datetime|date|dealstages|r`,
        `hs_date_exited_${id}|Date exited "${name}"|datetime|date|dealstages|r`,
        `hs_v2_time_in_${id}|Time in "${name}"|number|calculation_read_time|dealstages|hr`,
      )
    }
  }

  return lines.join('\n')
}
