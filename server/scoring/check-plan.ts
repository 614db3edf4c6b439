import type { ObjectType, PropertyMeta } from '../../shared/crm.ts'
import type { Severity } from '../../shared/report.ts'
import { validityTargets } from './validity/targets.ts'

/** One property whose fill rate is checked. */
export interface FillRule {
  readonly property: string
  /** Other properties that count as filling this one (a mobile number for a phone). */
  readonly alternatives: readonly string[]
  /** An associated record of this type also counts (a contact's company). */
  readonly association?: ObjectType
  /** Completes "contacts with ...": "an email". */
  readonly noun: string
  readonly severity: Severity
  readonly threshold: number
}

function rule(
  property: string,
  noun: string,
  severity: Severity,
  threshold: number,
  extra: { alternatives?: readonly string[]; association?: ObjectType } = {},
): FillRule {
  return { property, noun, severity, threshold, alternatives: extra.alternatives ?? [], ...extra }
}

/**
 * The properties that matter per object. The owner is left out on purpose: the ownership
 * checks measure it, and one problem should appear once.
 */
export const FILL_RULES: Readonly<Record<ObjectType, readonly FillRule[]>> = {
  contacts: [
    rule('email', 'an email', 'warning', 0.9),
    rule('firstname', 'a first name', 'info', 0.8),
    rule('lastname', 'a last name', 'info', 0.8),
    rule('phone', 'a phone or mobile number', 'info', 0.6, { alternatives: ['mobilephone'] }),
    rule('company', 'a company name or associated company', 'info', 0.7, {
      association: 'companies',
    }),
    rule('lifecyclestage', 'a lifecycle stage', 'info', 0.8),
  ],
  companies: [
    rule('name', 'a name', 'warning', 0.95),
    rule('domain', 'a domain', 'warning', 0.8),
    rule('phone', 'a phone number', 'info', 0.6),
    rule('industry', 'an industry', 'info', 0.6),
    rule('city', 'a city', 'info', 0.6),
    rule('country', 'a country', 'info', 0.7),
  ],
  deals: [
    rule('dealname', 'a name', 'warning', 0.95),
    rule('amount', 'an amount', 'info', 0.9),
    rule('closedate', 'a close date', 'info', 0.9),
    rule('pipeline', 'a pipeline', 'critical', 0.99),
    rule('dealstage', 'a deal stage', 'critical', 0.99),
  ],
}

/** Which associations each object's sample needs. */
export const ASSOCIATIONS_TO_READ: Readonly<Record<ObjectType, readonly ObjectType[]>> = {
  contacts: ['companies'],
  companies: ['contacts'],
  deals: ['contacts', 'companies'],
}

export const OWNER_PROPERTY = 'hubspot_owner_id'

/** Deal properties the pipeline checks read besides the stage-entry dates. */
export const DEAL_PIPELINE_PROPERTIES: readonly string[] = [
  'amount',
  'closedate',
  'dealstage',
  'hs_lastmodifieddate',
  'pipeline',
]

/** HubSpot keeps one `hs_date_entered_<stageId>` datetime per deal stage. */
export const STAGE_ENTERED_PREFIX = 'hs_date_entered_'

/** The property names the sampled checks need for this object, from its schema. */
export function propertiesToSample(type: ObjectType, props: readonly PropertyMeta[]): string[] {
  const live = new Set(props.filter((meta) => !meta.archived).map((meta) => meta.name))
  const wanted = new Set<string>()
  for (const fill of FILL_RULES[type]) {
    for (const name of [fill.property, ...fill.alternatives]) wanted.add(name)
  }
  for (const target of validityTargets(props)) wanted.add(target.meta.name)
  wanted.add(OWNER_PROPERTY)
  if (type === 'deals') {
    for (const name of DEAL_PIPELINE_PROPERTIES) wanted.add(name)
    for (const name of live) if (name.startsWith(STAGE_ENTERED_PREFIX)) wanted.add(name)
  }

  return [...wanted].filter((name) => live.has(name)).sort()
}
