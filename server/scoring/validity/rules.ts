import type { Owner, Pipeline, PropertyMeta } from '../../../shared/crm.ts'
import type { Severity } from '../../../shared/report.ts'
import type { ReasonPhrases } from '../check-result.ts'
import { countOf } from '../format.ts'
import { cachePerValue } from './bounded-cache.ts'
import { createDateJudge } from './date-value.ts'
import { createEmailJudge } from './email.ts'
import { createEnumValidator, type EnumOption, type EnumVerdict } from './enumeration.ts'
import type { PhoneVerdict } from './phone.ts'
import type { ValidityKind, ValidityTarget } from './targets.ts'
import { domainProblem, websiteProblem } from './web-address.ts'

/** What the validity rules of a portal share. */
export interface ValidityEnv {
  readonly nowMs: number
  readonly phoneJudge: (value: string) => PhoneVerdict
  readonly pipelines: readonly Pipeline[] | null
  readonly owners: readonly Owner[] | null
}

/**
 * How one property's values are judged: `judge` answers null (valid), a problem key, or
 * undefined (cannot be judged, e.g. a national number without a default country).
 */
export interface ValidityRule {
  readonly severity: Severity
  readonly threshold: number
  /** Completes "12 of 80 contacts with Phone set (15 %) ...". */
  readonly failure: string
  readonly reasons: ReasonPhrases
  readonly judge: (value: string) => string | null | undefined
  /** Extra words for the summary once the run is over (hidden options, skipped values). */
  readonly note?: () => string | undefined
}

/** A property whose options live elsewhere and cannot be checked here. */
export interface Unverifiable {
  readonly unverifiable: string
}

const ENUM_REASONS: ReasonPhrases = {
  label: ["holds an option's label", "hold an option's label"],
  case: ['differs from an option only in case', 'differ from an option only in case'],
  separator: ['joins options with commas', 'join options with commas'],
  unknown: ['matches no option', 'match no option'],
}

function enumRule(
  validate: (value: string) => EnumVerdict,
  what: string,
  hiddenNote: readonly [string, string] = ['uses a hidden option', 'use hidden options'],
): ValidityRule {
  let hidden = 0
  const judge = cachePerValue(validate, 10_000)

  return {
    severity: 'warning',
    threshold: 0.98,
    failure: `hold a value that is not ${what}`,
    reasons: ENUM_REASONS,
    judge: (value) => {
      const verdict = judge(value)
      if (!verdict.valid) return verdict.problem
      if (verdict.hidden) hidden++

      return null
    },
    note: () =>
      hidden > 0
        ? countOf(hidden, `valid value ${hiddenNote[0]}`, `valid values ${hiddenNote[1]}`)
        : undefined,
  }
}

interface ExternalSource {
  /** What the source is called when it was not read: "pipelines". */
  readonly source: string
  /** The options, or null when the source was not read. */
  readonly options: (env: ValidityEnv) => EnumOption[] | null
  readonly what: string
  readonly hiddenNote: readonly [string, string]
}

/** Where the external options HubSpot does not list in the schema can be found. */
const EXTERNAL_SOURCES: Readonly<Record<string, ExternalSource>> = {
  pipeline: {
    source: 'pipelines',
    options: (env) =>
      env.pipelines?.map((p) => ({ value: p.id, label: p.label, hidden: p.archived })) ?? null,
    what: 'a known pipeline',
    hiddenNote: ['names an archived pipeline', 'name archived pipelines'],
  },
  dealstage: {
    source: 'pipelines',
    options: (env) =>
      env.pipelines?.flatMap((p) =>
        p.stages.map((s) => ({ value: s.id, label: s.label, hidden: s.archived }))) ?? null,
    what: 'a known deal stage',
    hiddenNote: ['names an archived stage', 'name archived stages'],
  },
  hubspot_owner_id: {
    source: 'owners',
    options: (env) =>
      env.owners?.map((o) => ({ value: o.id, label: o.id, hidden: o.archived })) ?? null,
    what: 'a known owner',
    hiddenNote: ['names an archived owner', 'name archived owners'],
  },
}

function externalRule(meta: PropertyMeta, env: ValidityEnv): ValidityRule | Unverifiable {
  const elsewhere = 'its options live outside the property schema'
  const external = Object.hasOwn(EXTERNAL_SOURCES, meta.name)
    ? EXTERNAL_SOURCES[meta.name]
    : undefined
  if (external === undefined) return { unverifiable: elsewhere }

  const options = external.options(env)
  if (options === null) return { unverifiable: `${elsewhere} and ${external.source} were not read` }

  const validate = createEnumValidator({ type: 'enumeration', fieldType: 'select', options })

  return enumRule(validate, external.what, external.hiddenNote)
}

type RuleBuilder = (meta: PropertyMeta, env: ValidityEnv) => ValidityRule | Unverifiable

const BUILDERS: Readonly<Record<ValidityKind, RuleBuilder>> = {
  email: () => ({
    severity: 'warning',
    threshold: 0.95,
    failure: 'hold an email that is not a valid address',
    reasons: {
      syntax: ['is malformed', 'are malformed'],
      'no-public-suffix': ['has no real domain ending', 'have no real domain ending'],
    },
    judge: createEmailJudge(),
  }),
  phone: (_meta, env) => {
    let unverifiable = 0

    return {
      severity: 'warning',
      threshold: 0.9,
      failure: 'hold a value that is not a valid phone number',
      reasons: {
        'no-area-code': ['is a local number without an area code',
          'are local numbers without an area code'],
        invalid: ['is not a valid number', 'are not valid numbers'],
      },
      judge: (value) => {
        const verdict = env.phoneJudge(value)
        if (verdict === 'unverifiable') {
          unverifiable++

          return undefined
        }

        return verdict === 'valid' ? null : verdict
      },
      note: () =>
        unverifiable > 0
          ? countOf(unverifiable, 'national number was', 'national numbers were') +
            ' skipped as no default country is set'
          : undefined,
    }
  },
  website: () => ({
    severity: 'info',
    threshold: 0.9,
    failure: 'hold a value that is not a website address',
    reasons: {
      whitespace: ['contains spaces', 'contain spaces'],
      'not-http': ['is not a web link', 'are not web links'],
      'no-public-suffix': ['has no real domain ending', 'have no real domain ending'],
    },
    judge: cachePerValue(websiteProblem),
  }),
  domain: () => ({
    severity: 'warning',
    threshold: 0.95,
    failure: 'hold a value that is not a bare domain name',
    reasons: {
      whitespace: ['contains spaces', 'contain spaces'],
      'url-in-domain': ['holds a URL or path', 'hold a URL or path'],
      'no-public-suffix': ['has no real domain ending', 'have no real domain ending'],
    },
    judge: cachePerValue(domainProblem),
  }),
  date: (meta, env) => ({
    severity: 'warning',
    threshold: 0.98,
    failure: 'hold a suspicious date',
    reasons: {
      'seconds-epoch': ['is in seconds, not milliseconds', 'are in seconds, not milliseconds'],
      'too-early': ['is before 1980', 'are before 1980'],
      'too-late': ['is far in the future', 'are far in the future'],
      unparseable: ['is not a date', 'are not dates'],
    },
    // Birth dates before 1980 are normal, not import mistakes.
    judge: createDateJudge(env.nowMs, /birth/i.test(`${meta.name} ${meta.label}`)),
  }),
  enumeration: (meta) => enumRule(createEnumValidator(meta), 'one of its options'),
  external: externalRule,
}

/** The rule for one validity target of a portal. */
export function validityRule(
  target: ValidityTarget,
  env: ValidityEnv,
): ValidityRule | Unverifiable {
  return BUILDERS[target.kind](target.meta, env)
}
