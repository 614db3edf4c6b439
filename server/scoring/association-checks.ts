import type { ObjectType } from '../../shared/crm.ts'
import type { CheckResult, Severity } from '../../shared/report.ts'
import { measuredResult, notMeasuredResult, type CheckSpec } from './check-result.ts'
import { capitalise } from './format.ts'
import { runRecordCheck, type ObjectContext } from './object-context.ts'

interface AssociationRule {
  readonly to: ObjectType
  /** Singular, for ids and sentences: "company". */
  readonly singular: string
  readonly severity: Severity
  readonly threshold: number
}

/** B2C portals legitimately have contacts without companies, hence the low severities. */
const RULES: Readonly<Record<ObjectType, readonly AssociationRule[]>> = {
  contacts: [{ to: 'companies', singular: 'company', severity: 'info', threshold: 0.7 }],
  companies: [{ to: 'contacts', singular: 'contact', severity: 'info', threshold: 0.8 }],
  deals: [
    { to: 'contacts', singular: 'contact', severity: 'warning', threshold: 0.9 },
    { to: 'companies', singular: 'company', severity: 'info', threshold: 0.8 },
  ],
}

/**
 * Records without an associated record of the types that should be linked. A record whose
 * associations of that type were not read is not looked at.
 */
export function associationChecks(ctx: ObjectContext): CheckResult[] {
  return RULES[ctx.type].map((rule) => {
    const spec: CheckSpec = {
      id: `${ctx.type}.associations.${rule.singular}`,
      objectType: ctx.type,
      category: 'associations',
      title: `${capitalise(ctx.type)} with a ${rule.singular}`,
      metric: `share of ${ctx.type} associated with at least one ${rule.singular}`,
      threshold: rule.threshold,
      severity: rule.severity,
      subject: ctx.type,
      failure: `have no associated ${rule.singular}`,
    }
    const outcome = runRecordCheck(ctx, spec, (record) => {
      const ids = record.associations?.[rule.to]
      if (ids === undefined) return undefined

      return ids.length > 0 ? null : 'none'
    })
    if (outcome.looked === 0) {
      const summary = `Associations from ${ctx.type} to ${rule.to} were not read, ` +
        'so this was not measured.'

      return notMeasuredResult(spec, summary)
    }

    return measuredResult(spec, outcome, ctx.scope)
  })
}
