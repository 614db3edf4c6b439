import type { CrmRecord, ObjectType, PropertyMeta } from '../../shared/crm.ts'
import type { CheckScope, CheckSpec, Tally } from './check-result.ts'
import { RecordFindings } from './record-findings.ts'

/** Everything a sampled check of one object needs. */
export interface ObjectContext {
  readonly type: ObjectType
  readonly records: readonly CrmRecord[]
  readonly scope: CheckScope
  /** The object's live (not archived) properties by name. */
  readonly properties: ReadonlyMap<string, PropertyMeta>
  readonly findings: RecordFindings
  readonly now: Date
}

export function createObjectContext(
  type: ObjectType,
  records: readonly CrmRecord[],
  total: number,
  properties: readonly PropertyMeta[],
  now: Date,
): ObjectContext {
  const live = new Map<string, PropertyMeta>()
  for (const meta of properties) if (!meta.archived) live.set(meta.name, meta)

  return {
    type,
    records,
    scope: { coverage: 'sample', sampled: records.length < total },
    properties: live,
    findings: new RecordFindings(records.length),
    now,
  }
}

/** `undefined`: not looked at; `null`: passes; a string: fails, and says why (a reason key). */
export type RecordVerdict = string | null | undefined

/** A check's counts plus how many failures each reason key had. */
export interface RunOutcome extends Tally {
  readonly reasons: ReadonlyMap<string, number>
}

/**
 * Runs a per-record judgement over the sample, marks each failing record in the findings
 * under the check's category and severity, and counts the outcome.
 */
export function runRecordCheck(
  ctx: ObjectContext,
  spec: CheckSpec,
  judge: (record: CrmRecord, index: number) => RecordVerdict,
): RunOutcome {
  const reasons = new Map<string, number>()
  const { records, findings } = ctx
  let looked = 0
  let failed = 0
  for (let index = 0; index < records.length; index++) {
    const verdict = judge(records[index] as CrmRecord, index)
    if (verdict === undefined) continue

    looked++
    if (verdict === null) continue

    failed++
    reasons.set(verdict, (reasons.get(verdict) ?? 0) + 1)
    findings.mark(index, spec.category, spec.severity)
  }
  if (looked > 0) findings.noteMeasured(spec.category)

  return { looked, failed, reasons }
}
