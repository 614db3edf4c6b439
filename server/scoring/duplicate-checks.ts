import type { CheckResult, DuplicateGroup } from '../../shared/report.ts'
import { measuredResult, notMeasuredResult, type CheckSpec } from './check-result.ts'
import { countOf } from './format.ts'
import type { ObjectContext } from './object-context.ts'

/** What the duplicate engine found for one object, over every record it looked at. */
export interface DuplicateFindings {
  readonly groups: readonly DuplicateGroup[]
  readonly population: number
}

export type DedupedObject = 'contacts' | 'companies'

/**
 * The records a full merge would remove: every id of a group but its first, which is taken
 * as the record that survives. Ids repeated inside a group count once.
 */
export function mergedAwayIds(groups: readonly DuplicateGroup[]): Set<string> {
  const ids = new Set<string>()
  for (const group of groups) {
    const distinct = [...new Set(group.ids)]
    for (const id of distinct.slice(1)) ids.add(id)
  }

  return ids
}

/**
 * Share of records that would disappear if every duplicate group were merged, over the
 * whole population the engine read (full coverage). Sampled records that would disappear
 * are marked, so the duplicates count in the record-based scores like any other problem.
 */
export function duplicateCheck(
  type: DedupedObject,
  findings: DuplicateFindings | undefined,
  ctx: ObjectContext | undefined,
): CheckResult {
  const spec: CheckSpec = {
    id: `${type}.duplicates`,
    objectType: type,
    category: 'duplicates',
    title: `${type === 'contacts' ? 'Contacts' : 'Companies'} without duplicates`,
    metric: `share of ${type} that would remain if every duplicate group were merged`,
    threshold: 0.97,
    severity: 'warning',
    subject: type,
    failure: 'would disappear if every duplicate group were merged',
  }
  if (findings === undefined) {
    const summary = 'Duplicates were not searched, so this was not measured.'

    return notMeasuredResult(spec, summary, 'full')
  }

  const mergedAway = mergedAwayIds(findings.groups)
  if (mergedAway.size > findings.population) {
    throw new TypeError(`${type} duplicate groups hold more records than their population`)
  }
  if (ctx !== undefined && findings.population > 0) {
    ctx.findings.noteMeasured('duplicates')
    ctx.records.forEach((record, index) => {
      if (mergedAway.has(record.id)) ctx.findings.mark(index, 'duplicates', 'warning')
    })
  }
  const groups = findings.groups.filter((group) => new Set(group.ids).size > 1).length
  const tally = { looked: findings.population, failed: mergedAway.size }
  const detail = `they sit in ${countOf(groups, 'group', 'groups')}`

  return measuredResult(spec, tally, { coverage: 'full', sampled: false }, detail)
}
