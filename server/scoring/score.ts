import type { CheckCategory, Severity } from '../../shared/report.ts'
import { CHECK_CATEGORIES, SEVERITY_RANK, type RecordFindings } from './record-findings.ts'

/**
 * What a sampled record is worth, by its worst problem: a clean record counts in full, one
 * whose worst problem is critical counts for nothing. README.md explains the formula.
 */
export const SEVERITY_CREDIT: Readonly<Record<Severity | 'none', number>> = {
  none: 1,
  info: 0.8,
  warning: 0.5,
  critical: 0,
}

const CREDIT_BY_RANK: readonly number[] = (() => {
  const credits = [SEVERITY_CREDIT.none]
  for (const [severity, rank] of Object.entries(SEVERITY_RANK)) {
    credits[rank] = SEVERITY_CREDIT[severity as Severity]
  }

  return credits
})()

/**
 * 100 times the average credit of the sampled records, counting each record once at its
 * worst problem (in one category, or in all). Null when nothing was measured.
 */
export function recordScore(findings: RecordFindings, category?: CheckCategory): number | null {
  const measured = category === undefined
    ? CHECK_CATEGORIES.some((each) => findings.isMeasured(each))
    : findings.isMeasured(category)
  if (findings.size === 0 || !measured) return null

  let credit = 0
  for (let record = 0; record < findings.size; record++) {
    credit += CREDIT_BY_RANK[findings.worstRank(record, category)] ?? 0
  }

  return (100 * credit) / findings.size
}

/** Sampled records with at least one problem; each counts once. */
export function recordsWithProblems(findings: RecordFindings): number {
  let count = 0
  for (let record = 0; record < findings.size; record++) {
    if (findings.worstRank(record) > 0) count++
  }

  return count
}

/** The mean of the measured scores; null when none was measured. */
export function meanOfMeasured(scores: readonly (number | null)[]): number | null {
  const measured = scores.filter((score) => score !== null)
  if (measured.length === 0) return null

  return measured.reduce((sum, score) => sum + score, 0) / measured.length
}

/** Scores are reported with one decimal. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 10) / 10
}
