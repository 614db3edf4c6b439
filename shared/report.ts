/**
 * The scan report: what a scan measured, how it scored, and what the cards show.
 * Only aggregates live here; no record values.
 */
import type { ObjectType } from './crm.ts'

/** How much a failing check matters to a sales-ops team. */
export type Severity = 'critical' | 'warning' | 'info'

/** The family a check belongs to; the portal's sub-scores follow these. */
export type CheckCategory =
  | 'fill'
  | 'validity'
  | 'duplicates'
  | 'associations'
  | 'pipeline'
  | 'ownership'

/** Whether a check looked at a sample or at every record of its object. */
export type Coverage = 'sample' | 'full'

/** A 95 % confidence interval of a pass rate (Wilson score interval). */
export interface Interval {
  readonly low: number
  readonly high: number
}

/** The outcome of one check on one object. */
export interface CheckResult {
  /** Stable id, `<object>.<check>[.<property>]`, e.g. `contacts.fill.email`. */
  readonly id: string
  readonly objectType: ObjectType
  readonly category: CheckCategory
  readonly title: string
  /** What is measured, in words: "share of contacts with an email". */
  readonly metric: string
  /** The pass rate at or above which the check passes, 0 to 1. */
  readonly threshold: number
  readonly severity: Severity
  /** Records that fail the check among those it looked at. */
  readonly affected: number
  /** Records the check looked at (the sample, or every record on full coverage). */
  readonly sampleSize: number
  readonly coverage: Coverage
  /** Share of the looked-at records that pass, 0 to 1; null when nothing was measurable. */
  readonly passRate: number | null
  /** Present when the check ran on a sample smaller than the object's population. */
  readonly confidenceInterval?: Interval
  readonly passed: boolean
  /** One sentence a sales-ops person understands. */
  readonly summary: string
}

/** A set of records that look like one real-world entity. */
export interface DuplicateGroup {
  readonly ids: readonly string[]
  /** 0 to 1: how sure the engine is that these are the same entity. */
  readonly confidence: number
  /** Why they matched, in fixed words free of record values, e.g. "same domain". */
  readonly reason: string
}

/** The score and checks of one object type. */
export interface ObjectReport {
  readonly objectType: ObjectType
  /** 0 to 100, or null when nothing about this object could be measured. */
  readonly score: number | null
  /** Records of this object in the portal. */
  readonly total: number
  /** Records in the sample the sampled checks used. */
  readonly sampleSize: number
  /** Sampled records with at least one problem; each record counts once. */
  readonly recordsWithProblems: number
  readonly checks: readonly CheckResult[]
}

/** The whole scan report of a portal. */
export interface PortalReport {
  /** 0 to 100, or null when no object could be measured. */
  readonly score: number | null
  /** Sub-scores per check category, 0 to 100 (null when not measured). */
  readonly categoryScores: Readonly<Record<CheckCategory, number | null>>
  readonly objects: Readonly<Record<ObjectType, ObjectReport>>
  readonly duplicates: Readonly<Record<'contacts' | 'companies', readonly DuplicateGroup[]>>
  /** Check ids that covered every record of their object, not a sample. */
  readonly fullCoverageChecks: readonly string[]
  readonly scannedAt: string
}
