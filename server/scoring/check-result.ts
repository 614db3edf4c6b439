import type {
  CheckCategory,
  CheckResult,
  Coverage,
  Severity,
} from '../../shared/report.ts'
import type { ObjectType } from '../../shared/crm.ts'
import { countOf, formatCount, formatPercent } from './format.ts'
import { wilsonInterval } from './wilson.ts'

/** What a check is, independent of any data. */
export interface CheckSpec {
  readonly id: string
  readonly objectType: ObjectType
  readonly category: CheckCategory
  readonly title: string
  readonly metric: string
  readonly threshold: number
  readonly severity: Severity
  /** The records looked at, plural: "contacts", "open deals", "contacts with a Phone". */
  readonly subject: string
  /** What a failing record does, completing "12 of 80 contacts (15 %) ...": "have no email". */
  readonly failure: string
}

/** How the looked-at records relate to the object's population. */
export interface CheckScope {
  readonly coverage: Coverage
  /** True when the records are a sample smaller than the population. */
  readonly sampled: boolean
}

/** Counts from one run of a check. */
export interface Tally {
  readonly looked: number
  readonly failed: number
}

function baseOf(spec: CheckSpec): Omit<CheckResult, 'affected' | 'sampleSize' | 'coverage'
  | 'passRate' | 'passed' | 'summary'> {
  return {
    id: spec.id,
    objectType: spec.objectType,
    category: spec.category,
    title: spec.title,
    metric: spec.metric,
    threshold: spec.threshold,
    severity: spec.severity,
  }
}

/**
 * Builds the result of a check that ran. `detail` is an optional clause appended to the
 * summary sentence, e.g. "7 of them lack an area code"; it must hold no record values.
 */
export function measuredResult(
  spec: CheckSpec,
  tally: Tally,
  scope: CheckScope,
  detail?: string,
): CheckResult {
  const { looked, failed } = tally
  if (!Number.isInteger(looked) || !Number.isInteger(failed) || failed < 0 || failed > looked) {
    throw new TypeError(`Inconsistent tally for ${spec.id}`)
  }
  const sampledWord = scope.sampled ? 'sampled ' : ''
  if (looked === 0) {
    return notMeasuredResult(
      spec,
      `No ${sampledWord}${spec.subject} were found, so nothing was measured.`,
      scope.coverage,
    )
  }

  const passRate = (looked - failed) / looked
  const interval = scope.sampled ? wilsonInterval(looked - failed, looked) : undefined
  // The summary speaks of failures, so the interval is turned round to a failure range.
  const range = interval
    ? `, 95 % range ${formatPercent(1 - interval.high)} to ${formatPercent(1 - interval.low)}`
    : ''
  const summary =
    `${formatCount(failed)} of ${formatCount(looked)} ${sampledWord}${spec.subject} ` +
    `(${formatPercent(failed / looked)}${range}) ${spec.failure}; ` +
    `the limit is ${formatPercent(1 - spec.threshold)}` +
    (detail ? `; ${detail}.` : '.')

  return {
    ...baseOf(spec),
    affected: failed,
    sampleSize: looked,
    coverage: scope.coverage,
    passRate,
    ...(interval ? { confidenceInterval: interval } : {}),
    passed: passRate >= spec.threshold,
    summary,
  }
}

/** Builds the result of a check that could not measure anything; it never fails. */
export function notMeasuredResult(
  spec: CheckSpec,
  summary: string,
  coverage: Coverage = 'sample',
): CheckResult {
  return {
    ...baseOf(spec),
    affected: 0,
    sampleSize: 0,
    coverage,
    passRate: null,
    passed: true,
    summary,
  }
}

/**
 * How to say that records failed for one reason, as `[one, many]`:
 * `['lacks an area code', 'lack an area code']`.
 */
export type ReasonPhrases = Readonly<Record<string, readonly [string, string]>>

/**
 * Turns failure counts per reason into a clause such as "7 lack an area code and 1 is not
 * a number". Reasons without a phrase are left out; returns undefined when none is left.
 */
export function describeReasons(
  reasons: ReadonlyMap<string, number>,
  phrases: ReasonPhrases,
): string | undefined {
  const parts: string[] = []
  for (const [reason, [one, many]] of Object.entries(phrases)) {
    const count = reasons.get(reason) ?? 0
    if (count > 0) parts.push(countOf(count, one, many))
  }
  if (parts.length === 0) return undefined
  if (parts.length === 1) return parts[0]

  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
