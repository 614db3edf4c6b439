import type { PropertyMeta } from '../../shared/crm.ts'
import type { CheckResult } from '../../shared/report.ts'
import {
  describeReasons,
  measuredResult,
  notMeasuredResult,
  type CheckSpec,
} from './check-result.ts'
import { isEmptyValue } from './empty-values.ts'
import { formatCount } from './format.ts'
import { runRecordCheck, type ObjectContext } from './object-context.ts'
import { emailDomain, isDisposableDomain } from './validity/email.ts'
import { validityRule, type ValidityEnv } from './validity/rules.ts'
import { validityTargets } from './validity/targets.ts'

function countValues(ctx: ObjectContext, name: string): number {
  let count = 0
  for (const record of ctx.records) if (!isEmptyValue(record.properties[name])) count++

  return count
}

/** Options kept elsewhere and not read: never invalid, only "cannot be verified". */
function unverifiableResult(
  ctx: ObjectContext,
  spec: CheckSpec,
  meta: PropertyMeta,
  why: string,
): CheckResult {
  const held = countValues(ctx, meta.name)
  const sampledWord = ctx.scope.sampled ? 'sampled ' : ''
  const summary =
    `${formatCount(held)} ${sampledWord}${ctx.type} have ${meta.label} set, but ${why}, ` +
    'so the values cannot be verified.'

  return notMeasuredResult(spec, summary)
}

function joinClauses(...clauses: (string | undefined)[]): string | undefined {
  const present = clauses.filter((clause) => clause !== undefined)

  return present.length === 0 ? undefined : present.join('; ')
}

/** Emails on throw-away mail services, among the sample's well-formed emails. */
function disposableCheck(ctx: ObjectContext, disposable: ReadonlySet<string>): CheckResult {
  const spec: CheckSpec = {
    id: `${ctx.type}.disposable.email`,
    objectType: ctx.type,
    category: 'validity',
    title: 'Emails on disposable domains',
    metric: `share of ${ctx.type} with a valid email whose domain is not a throw-away service`,
    threshold: 0.98,
    severity: 'info',
    subject: `${ctx.type} with a well-formed email`,
    failure: 'use a throw-away mail service',
  }
  const outcome = runRecordCheck(ctx, spec, (record) => {
    const value = record.properties.email
    if (isEmptyValue(value)) return undefined

    const domain = emailDomain(value as string)
    if (domain === null) return undefined

    return isDisposableDomain(domain, disposable) ? 'disposable' : null
  })

  return measuredResult(spec, outcome, ctx.scope)
}

/**
 * One validity check per property that has a rule (see `validity/targets.ts`), measured on
 * the sampled records that hold a value; plus the disposable-domain check of emails.
 */
export function validityChecks(
  ctx: ObjectContext,
  env: ValidityEnv,
  disposable: ReadonlySet<string>,
): CheckResult[] {
  const results: CheckResult[] = []
  for (const target of validityTargets(ctx.properties.values())) {
    const { meta } = target
    const rule = validityRule(target, env)
    const spec: CheckSpec = {
      id: `${ctx.type}.validity.${meta.name}`,
      objectType: ctx.type,
      category: 'validity',
      title: `${meta.label} valid`,
      metric: `share of ${ctx.type} ${meta.label} values that are valid`,
      threshold: 'unverifiable' in rule ? 1 : rule.threshold,
      severity: 'unverifiable' in rule ? 'info' : rule.severity,
      subject: `${ctx.type} with ${meta.label} set`,
      failure: 'unverifiable' in rule ? '' : rule.failure,
    }
    if ('unverifiable' in rule) {
      results.push(unverifiableResult(ctx, spec, meta, rule.unverifiable))
      continue
    }

    const outcome = runRecordCheck(ctx, spec, (record) => {
      const value = record.properties[meta.name]

      return isEmptyValue(value) ? undefined : rule.judge(value as string)
    })
    const detail = joinClauses(describeReasons(outcome.reasons, rule.reasons), rule.note?.())
    results.push(measuredResult(spec, outcome, ctx.scope, detail))
    if (target.kind === 'email') results.push(disposableCheck(ctx, disposable))
  }

  return results
}
