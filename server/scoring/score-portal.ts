import {
  OBJECT_TYPES,
  type CrmRecord,
  type ObjectType,
  type Owner,
  type Pipeline,
  type PropertyMeta,
} from '../../shared/crm.ts'
import type {
  CheckCategory,
  CheckResult,
  ObjectReport,
  PortalReport,
} from '../../shared/report.ts'
import { associationChecks } from './association-checks.ts'
import { duplicateCheck, type DuplicateFindings } from './duplicate-checks.ts'
import { fillChecks } from './fill-checks.ts'
import { createObjectContext } from './object-context.ts'
import { ownershipChecks } from './ownership-checks.ts'
import { pipelineChecks } from './pipeline-checks.ts'
import { CHECK_CATEGORIES } from './record-findings.ts'
import { meanOfMeasured, recordScore, recordsWithProblems, roundScore } from './score.ts'
import { createPhoneJudge } from './validity/phone.ts'
import type { ValidityEnv } from './validity/rules.ts'
import { validityChecks } from './validity-checks.ts'

export type { DuplicateFindings } from './duplicate-checks.ts'

export interface ObjectSample {
  /** The sample (<= 1,000), associations read as `ASSOCIATIONS_TO_READ` says. */
  readonly records: readonly CrmRecord[]
  /** Records of this object in the portal. */
  readonly total: number
  readonly properties: readonly PropertyMeta[]
}

export interface ScoringInput {
  readonly now: Date
  readonly objects: Readonly<Partial<Record<ObjectType, ObjectSample>>>
  /** From the duplicate engine, over every record. */
  readonly duplicates: Readonly<Partial<Record<'contacts' | 'companies', DuplicateFindings>>>
  /** Null: not read, pipeline checks not measured. */
  readonly pipelines: readonly Pipeline[] | null
  /** Null: not read, owner checks not measured. */
  readonly owners: readonly Owner[] | null
  readonly disposableDomains: ReadonlySet<string>
  /** ISO 3166 alpha-2 country for phone numbers written without a country code. */
  readonly defaultCountry?: string
}

interface ScoredObject {
  readonly report: ObjectReport
  readonly score: number | null
  readonly categoryScores: ReadonlyMap<CheckCategory, number | null>
}

function duplicatesOf(input: ScoringInput, type: ObjectType): DuplicateFindings | undefined {
  return type === 'deals' ? undefined : input.duplicates[type]
}

function scoreObject(input: ScoringInput, env: ValidityEnv, type: ObjectType): ScoredObject {
  const sample = input.objects[type]
  const duplicates = duplicatesOf(input, type)
  if (sample === undefined) {
    const checks = type === 'deals' ? [] : [duplicateCheck(type, duplicates, undefined)]
    const report = { objectType: type, score: null, total: 0, sampleSize: 0,
      recordsWithProblems: 0, checks }

    return { report, score: null, categoryScores: new Map() }
  }

  const total = Math.max(sample.total, sample.records.length)
  const ctx = createObjectContext(type, sample.records, total, sample.properties, input.now)
  const checks: CheckResult[] = [
    ...fillChecks(ctx),
    ...validityChecks(ctx, env, input.disposableDomains),
    ...associationChecks(ctx),
    ...pipelineChecks(ctx, input.pipelines),
    ...ownershipChecks(ctx, input.owners),
    ...(type === 'deals' ? [] : [duplicateCheck(type, duplicates, ctx)]),
  ]
  const score = recordScore(ctx.findings)
  const categoryScores = new Map(
    CHECK_CATEGORIES.map((category) => [category, recordScore(ctx.findings, category)]),
  )

  return {
    report: {
      objectType: type,
      score: roundScore(score),
      total,
      sampleSize: sample.records.length,
      recordsWithProblems: recordsWithProblems(ctx.findings),
      checks,
    },
    score,
    categoryScores,
  }
}

function checkInput(input: ScoringInput): void {
  if (!(input.now instanceof Date) || Number.isNaN(input.now.getTime())) {
    throw new TypeError('scorePortal needs a valid `now` date')
  }
  for (const type of OBJECT_TYPES) {
    const sample = input.objects[type]
    if (sample !== undefined && !(Number.isInteger(sample.total) && sample.total >= 0)) {
      throw new TypeError(`${type}.total must be a whole number`)
    }
  }
}

/**
 * Scores a portal from its samples, the duplicate engine's findings, pipelines and owners.
 * Pure: same input, same report. Each object scores 0-100 from its sampled records, each
 * record counted once at its worst problem; the portal score is the mean of the measured
 * objects' scores (README.md in this folder has the formula).
 */
export function scorePortal(input: ScoringInput): PortalReport {
  checkInput(input)
  const env: ValidityEnv = {
    nowMs: input.now.getTime(),
    phoneJudge: createPhoneJudge(input.defaultCountry),
    pipelines: input.pipelines,
    owners: input.owners,
  }
  const scored = OBJECT_TYPES.map((type) => scoreObject(input, env, type))
  const objects = Object.fromEntries(
    scored.map((object) => [object.report.objectType, object.report]),
  ) as Record<ObjectType, ObjectReport>
  const categoryScores = Object.fromEntries(
    CHECK_CATEGORIES.map((category) => [
      category,
      roundScore(meanOfMeasured(scored.map((object) =>
        object.categoryScores.get(category) ?? null))),
    ]),
  ) as Record<CheckCategory, number | null>
  const checks = scored.flatMap((object) => object.report.checks)

  return {
    score: roundScore(meanOfMeasured(scored.map((object) => object.score))),
    categoryScores,
    objects,
    duplicates: {
      contacts: input.duplicates.contacts?.groups ?? [],
      companies: input.duplicates.companies?.groups ?? [],
    },
    fullCoverageChecks: checks
      .filter((check) => check.coverage === 'full' && check.passRate !== null)
      .map((check) => check.id),
    scannedAt: input.now.toISOString(),
  }
}
