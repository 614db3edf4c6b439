import type { CrmRecord } from '../../shared/crm.ts'
import type { CheckResult } from '../../shared/report.ts'
import { FILL_RULES, type FillRule } from './check-plan.ts'
import { measuredResult, type CheckSpec } from './check-result.ts'
import { isEmptyValue } from './empty-values.ts'
import { runRecordCheck, type ObjectContext } from './object-context.ts'

function isFilled(record: CrmRecord, names: readonly string[], rule: FillRule): boolean {
  for (const name of names) if (!isEmptyValue(record.properties[name])) return true
  if (rule.association === undefined) return false

  return (record.associations?.[rule.association]?.length ?? 0) > 0
}

function specOf(ctx: ObjectContext, rule: FillRule, label: string): CheckSpec {
  return {
    id: `${ctx.type}.fill.${rule.property}`,
    objectType: ctx.type,
    category: 'fill',
    title: `${label} filled`,
    metric: `share of ${ctx.type} with ${rule.noun}`,
    threshold: rule.threshold,
    severity: rule.severity,
    subject: ctx.type,
    failure: `have no ${rule.noun.replace(/^an? /, '')}`,
  }
}

/**
 * Fill rates of the properties that matter (see `FILL_RULES`). Placeholders such as "n/a"
 * count as empty. A rule whose property is not in the schema is skipped, not failed.
 */
export function fillChecks(ctx: ObjectContext): CheckResult[] {
  const results: CheckResult[] = []
  for (const rule of FILL_RULES[ctx.type]) {
    const meta = ctx.properties.get(rule.property)
    if (meta === undefined) continue

    const names = [rule.property, ...rule.alternatives.filter((name) => ctx.properties.has(name))]
    const spec = specOf(ctx, rule, meta.label)
    const outcome = runRecordCheck(ctx, spec, (record) =>
      isFilled(record, names, rule) ? null : 'empty',
    )
    results.push(measuredResult(spec, outcome, ctx.scope))
  }

  return results
}
