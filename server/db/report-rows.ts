import { OBJECT_TYPES } from '../../shared/crm.ts'
import type { CheckResult, ObjectReport, PortalReport } from '../../shared/report.ts'
import type { NewCheckResultRow } from './check-results.table.ts'
import type { NewDuplicateGroupRow } from './duplicate-groups.table.ts'
import type { NewObjectScoreRow } from './object-scores.table.ts'
import type { ScanRowUpdate } from './scans.table.ts'

/** The scans columns a finished report fills in. */
export type ReportScanColumns = Required<
  Pick<
    ScanRowUpdate,
    | 'score'
    | 'scanned_at'
    | 'full_coverage_checks'
    | 'fill_score'
    | 'validity_score'
    | 'duplicates_score'
    | 'associations_score'
    | 'pipeline_score'
    | 'ownership_score'
  >
>

export interface ReportRows {
  readonly scan: ReportScanColumns
  readonly objects: NewObjectScoreRow[]
  readonly checks: NewCheckResultRow[]
  readonly duplicates: NewDuplicateGroupRow[]
}

/** Splits a report into the rows of scans, object_scores, check_results, duplicate_groups. */
export function reportToRows(
  portalId: number,
  scanId: number,
  report: PortalReport,
): ReportRows {
  const scores = report.categoryScores
  const keys = { scan_id: scanId, portal_id: portalId }

  return {
    scan: {
      score: report.score,
      scanned_at: new Date(report.scannedAt),
      full_coverage_checks: [...report.fullCoverageChecks],
      fill_score: scores.fill,
      validity_score: scores.validity,
      duplicates_score: scores.duplicates,
      associations_score: scores.associations,
      pipeline_score: scores.pipeline,
      ownership_score: scores.ownership,
    },
    objects: OBJECT_TYPES.map((type) => objectRow(keys, report.objects[type])),
    checks: OBJECT_TYPES.flatMap((type) =>
      report.objects[type].checks.map((check, ordinal) => checkRow(keys, check, ordinal)),
    ),
    duplicates: (['contacts', 'companies'] as const).flatMap((type) =>
      report.duplicates[type].map((group, ordinal) => ({
        ...keys,
        object_type: type,
        ordinal,
        record_ids: [...group.ids],
        confidence: group.confidence,
        reason: group.reason,
      })),
    ),
  }
}

type RowKeys = { scan_id: number; portal_id: number }

function objectRow(keys: RowKeys, object: ObjectReport): NewObjectScoreRow {
  return {
    ...keys,
    object_type: object.objectType,
    score: object.score,
    total: object.total,
    sample_size: object.sampleSize,
    records_with_problems: object.recordsWithProblems,
  }
}

function checkRow(keys: RowKeys, check: CheckResult, ordinal: number): NewCheckResultRow {
  return {
    ...keys,
    object_type: check.objectType,
    ordinal,
    check_id: check.id,
    category: check.category,
    title: check.title,
    metric: check.metric,
    threshold: check.threshold,
    severity: check.severity,
    affected: check.affected,
    sample_size: check.sampleSize,
    coverage: check.coverage,
    pass_rate: check.passRate,
    interval_low: check.confidenceInterval?.low ?? null,
    interval_high: check.confidenceInterval?.high ?? null,
    passed: check.passed,
    summary: check.summary,
  }
}
