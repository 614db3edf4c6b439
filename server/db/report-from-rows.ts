import type { ObjectType } from '../../shared/crm.ts'
import type {
  CheckCategory,
  CheckResult,
  DuplicateGroup,
  ObjectReport,
  PortalReport,
} from '../../shared/report.ts'
import type { CheckResultRow } from './check-results.table.ts'
import type { DuplicateGroupRow } from './duplicate-groups.table.ts'
import type { ObjectScoreRow } from './object-scores.table.ts'
import type { ScanRow } from './scans.table.ts'

export interface StoredReportRows {
  readonly scan: ScanRow
  readonly objects: readonly ObjectScoreRow[]
  /** In (object_type, ordinal) order. */
  readonly checks: readonly CheckResultRow[]
  /** In (object_type, ordinal) order. */
  readonly duplicates: readonly DuplicateGroupRow[]
}

/** Rebuilds the report exactly as it was saved (scannedAt in toISOString form). */
export function rowsToReport(rows: StoredReportRows): PortalReport {
  const { scan } = rows
  if (scan.scanned_at === null || scan.full_coverage_checks === null) {
    throw new Error(`scan ${scan.id} has no stored report`)
  }
  const categoryScores: Record<CheckCategory, number | null> = {
    fill: scan.fill_score,
    validity: scan.validity_score,
    duplicates: scan.duplicates_score,
    associations: scan.associations_score,
    pipeline: scan.pipeline_score,
    ownership: scan.ownership_score,
  }
  const objectReport = (type: ObjectType): ObjectReport => {
    const row = rows.objects.find((object) => object.object_type === type)
    if (!row) throw new Error(`scan ${scan.id} has no stored ${type} score`)

    return {
      objectType: type,
      score: row.score,
      total: row.total,
      sampleSize: row.sample_size,
      recordsWithProblems: row.records_with_problems,
      checks: rows.checks.filter((check) => check.object_type === type).map(toCheckResult),
    }
  }
  const groups = (type: 'contacts' | 'companies'): DuplicateGroup[] =>
    rows.duplicates.filter((group) => group.object_type === type).map(toDuplicateGroup)

  return {
    score: scan.score,
    categoryScores,
    objects: {
      contacts: objectReport('contacts'),
      companies: objectReport('companies'),
      deals: objectReport('deals'),
    },
    duplicates: { contacts: groups('contacts'), companies: groups('companies') },
    fullCoverageChecks: scan.full_coverage_checks,
    scannedAt: scan.scanned_at.toISOString(),
  }
}

function toCheckResult(row: CheckResultRow): CheckResult {
  const base = {
    id: row.check_id,
    objectType: row.object_type,
    category: row.category,
    title: row.title,
    metric: row.metric,
    threshold: row.threshold,
    severity: row.severity,
    affected: row.affected,
    sampleSize: row.sample_size,
    coverage: row.coverage,
    passRate: row.pass_rate,
    passed: row.passed,
    summary: row.summary,
  }
  if (row.interval_low === null || row.interval_high === null) return base

  return { ...base, confidenceInterval: { low: row.interval_low, high: row.interval_high } }
}

export function toDuplicateGroup(
  row: Pick<DuplicateGroupRow, 'record_ids' | 'confidence' | 'reason'>,
): DuplicateGroup {
  return { ids: row.record_ids, confidence: row.confidence, reason: row.reason }
}
