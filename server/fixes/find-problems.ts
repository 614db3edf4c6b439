import type { FixKind, RecordFinding } from '../../shared/card-api.ts'
import type {
  ObjectType,
  PipelineStage,
  PropertyMeta,
  PropertyValues,
} from '../../shared/crm.ts'
import { ASSOCIATIONS_TO_READ, FILL_RULES } from '../scoring/check-plan.ts'
import { FREE_MAIL_DOMAINS } from '../scoring/duplicates/free-domains.ts'
import { isEmptyValue } from '../scoring/empty-values.ts'
import { emailDomain } from '../scoring/validity/email.ts'
import { validityRule, type ValidityEnv } from '../scoring/validity/rules.ts'
import { validityTargets, type ValidityKind } from '../scoring/validity/targets.ts'
import { normalizeDomain, normalizeEmail } from './normalize.ts'
import { isWritable, planPropertyFix } from './plan-fix.ts'
import { stageRequirements } from './stage-rules.ts'

/** One record as the card looks at it: fresh values, associations, its schema. */
export interface RecordView {
  readonly objectType: ObjectType
  readonly properties: PropertyValues
  /** Associated ids by object type, for the types of ASSOCIATIONS_TO_READ. */
  readonly associations: Readonly<Partial<Record<ObjectType, readonly string[]>>>
  readonly schema: readonly PropertyMeta[]
  /** A deal's current stage, when the pipelines were read: it adds what matters there. */
  readonly stage?: PipelineStage | null
}

const FIX_BY_KIND: Partial<Record<ValidityKind, FixKind>> = {
  email: 'normalize-email',
  phone: 'normalize-phone',
  website: 'normalize-url',
  domain: 'normalize-domain',
  enumeration: 'enum-label-to-value',
}

const text = (value: string | null | undefined) => (typeof value === 'string' ? value : '')
const filled = (value: string | null | undefined) => !isEmptyValue(value)

/** The record's missing values, by the fill rules of its object. */
function missingFindings(view: RecordView, labels: Map<string, string>): RecordFinding[] {
  const values = view.properties
  const findings: RecordFinding[] = []
  for (const rule of FILL_RULES[view.objectType]) {
    // A missing association is the association finding's to report, once.
    if (rule.association) continue
    if ([rule.property, ...rule.alternatives].some((name) => filled(values[name]))) continue
    const label = labels.get(rule.property) ?? rule.property
    const raw = text(values[rule.property]).trim()
    // Only a property we may write can be cleared (read-only ones are HubSpot's).
    const meta = view.schema.find((item) => item.name === rule.property)
    let fix: FixKind | null = raw === '' || !meta || !isWritable(meta) ? null
      : 'clear-placeholder'
    if (raw === '' && rule.property === 'domain' && view.objectType === 'companies' &&
      normalizeDomain(text(values.website)) !== null) fix = 'domain-from-website'
    findings.push({
      id: `missing:${rule.property}`,
      kind: 'missing',
      property: rule.property,
      label,
      reason: raw === ''
        ? `This record has no ${rule.noun.replace(/^an? /, '')}.`
        : `"${raw}" is a placeholder, not a real value.`,
      severity: rule.severity,
      fix,
    })
  }

  return findings
}

/** Values that break the validity rules the scan uses, and whether one click fixes them. */
function invalidFindings(view: RecordView, env: ValidityEnv, defaultCountry: string) {
  const findings: RecordFinding[] = []
  for (const target of validityTargets(view.schema)) {
    const value = view.properties[target.meta.name]
    if (typeof value !== 'string' || value.trim() === '') continue
    if (FILL_RULES[view.objectType].some((rule) => rule.property === target.meta.name) &&
      isEmptyValue(value)) continue
    const rule = validityRule(target, env)
    if ('unverifiable' in rule) continue
    const problem = rule.judge(value)
    const finding = (reason: string, severity = rule.severity): RecordFinding => {
      const kind = isEmptyValue(value) ? 'clear-placeholder' : FIX_BY_KIND[target.kind]
      const fix = kind && planPropertyFix(kind, target.meta, value, defaultCountry) !== null
        ? kind : null

      return { id: `invalid:${target.meta.name}`, kind: 'invalid', property: target.meta.name,
        label: target.meta.label, reason, severity, fix }
    }
    if (problem === undefined) continue
    if (problem !== null) {
      const phrase = rule.reasons[problem]?.[0] ?? 'is not valid'
      findings.push(finding(`${target.meta.label} ${phrase}.`))
    } else if (target.kind === 'email' && normalizeEmail(value) !== value) {
      findings.push(finding('Email has capital letters or spaces HubSpot keeps as typed.',
        'info'))
    }
  }

  return findings
}

/** Associations the scan expects and this record lacks. */
function associationFindings(view: RecordView): RecordFinding[] {
  return ASSOCIATIONS_TO_READ[view.objectType].flatMap((other): RecordFinding[] => {
    if ((view.associations[other]?.length ?? 0) > 0) return []
    const domain = emailDomain(text(view.properties.email).trim())
    const canMatch = view.objectType === 'contacts' && other === 'companies' &&
      domain !== null && !FREE_MAIL_DOMAINS.has(domain)

    return [{
      id: `association:${other}`,
      kind: 'association',
      property: null,
      label: other === 'companies' ? 'Company' : other === 'contacts' ? 'Contacts' : 'Deals',
      reason: `This record is associated with no ${other}.`,
      severity: 'info',
      fix: canMatch ? 'associate-company-by-domain' : null,
    }]
  })
}

/** Everything wrong with one record, by the same rules the portal scan applies. */
export function findRecordProblems(
  view: RecordView,
  env: ValidityEnv,
  defaultCountry: string,
): RecordFinding[] {
  const labels = new Map(view.schema.map((meta) => [meta.name, meta.label]))

  return [
    ...withStageFindings(missingFindings(view, labels), view, labels),
    ...invalidFindings(view, env, defaultCountry),
    ...associationFindings(view),
  ]
}

/**
 * A deal's stage can make more properties matter (stage-rules.ts). One that is also missing
 * by the general rules is reported once, with the stage's more precise reason.
 */
function withStageFindings(
  findings: RecordFinding[],
  view: RecordView,
  labels: Map<string, string>,
): RecordFinding[] {
  if (view.objectType !== 'deals') return findings

  const out = [...findings]
  for (const need of stageRequirements(view.stage ?? null)) {
    if (!labels.has(need.property) || filled(view.properties[need.property])) continue
    const id = `missing:${need.property}`
    const at = out.findIndex((finding) => finding.id === id)
    const finding: RecordFinding = { id, kind: 'missing', property: need.property,
      label: labels.get(need.property) ?? need.property, reason: need.reason,
      severity: 'warning', fix: at >= 0 ? (out[at]?.fix ?? null) : null }
    if (at >= 0) out[at] = finding
    else out.push(finding)
  }

  return out
}
