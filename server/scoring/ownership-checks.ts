import type { Owner } from '../../shared/crm.ts'
import type { CheckResult, Severity } from '../../shared/report.ts'
import { OWNER_PROPERTY } from './check-plan.ts'
import {
  describeReasons,
  measuredResult,
  notMeasuredResult,
  type CheckSpec,
} from './check-result.ts'
import { isEmptyValue } from './empty-values.ts'
import { capitalise } from './format.ts'
import { runRecordCheck, type ObjectContext } from './object-context.ts'

// Unowned marketing leads are normal; an unowned deal or account is work nobody does.
const UNOWNED: Readonly<Record<string, { severity: Severity; threshold: number }>> = {
  contacts: { severity: 'info', threshold: 0.7 },
  companies: { severity: 'warning', threshold: 0.9 },
  deals: { severity: 'warning', threshold: 0.95 },
}

function unownedCheck(ctx: ObjectContext): CheckResult {
  const level = UNOWNED[ctx.type] ?? { severity: 'info', threshold: 0.8 }
  const spec: CheckSpec = {
    id: `${ctx.type}.ownership.unowned`,
    objectType: ctx.type,
    category: 'ownership',
    title: `${capitalise(ctx.type)} with an owner`,
    metric: `share of ${ctx.type} with an owner`,
    ...level,
    subject: ctx.type,
    failure: 'have no owner',
  }
  const outcome = runRecordCheck(ctx, spec, (record) =>
    isEmptyValue(record.properties[OWNER_PROPERTY]) ? 'unowned' : null,
  )

  return measuredResult(spec, outcome, ctx.scope)
}

function inactiveOwnerCheck(ctx: ObjectContext, owners: readonly Owner[] | null): CheckResult {
  const spec: CheckSpec = {
    id: `${ctx.type}.ownership.inactive-owner`,
    objectType: ctx.type,
    category: 'ownership',
    title: `${capitalise(ctx.type)} owned by active users`,
    metric: `share of owned ${ctx.type} whose owner is an active user`,
    threshold: 0.95,
    severity: 'warning',
    subject: `${ctx.type} with an owner`,
    failure: 'belong to a deactivated or archived owner',
  }
  if (owners === null) {
    return notMeasuredResult(spec, 'Owners were not read, so this was not measured.')
  }

  const byId = new Map(owners.map((owner) => [owner.id, owner]))
  const outcome = runRecordCheck(ctx, spec, (record) => {
    const id = record.properties[OWNER_PROPERTY]
    if (isEmptyValue(id)) return undefined

    const owner = byId.get((id as string).trim())
    // An unknown owner id is a validity problem of hubspot_owner_id, counted there.
    if (owner === undefined) return null
    if (owner.archived) return 'archived'

    return owner.userId === null ? 'deactivated' : null
  })
  const detail = describeReasons(outcome.reasons, {
    deactivated: ['has a deactivated user as owner', 'have a deactivated user as owner'],
    archived: ['has an archived owner', 'have an archived owner'],
  })

  return measuredResult(spec, outcome, ctx.scope, detail)
}

/** Records without an owner, and records whose owner was deactivated or archived. */
export function ownershipChecks(
  ctx: ObjectContext,
  owners: readonly Owner[] | null,
): CheckResult[] {
  if (!ctx.properties.has(OWNER_PROPERTY)) return []

  return [unownedCheck(ctx), inactiveOwnerCheck(ctx, owners)]
}
