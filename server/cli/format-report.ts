import { OBJECT_TYPES } from '../../shared/crm.ts'
import type { CheckResult, PortalReport } from '../../shared/report.ts'

const score = (value: number | null) => (value === null ? 'n/a' : String(Math.round(value)))
const percent = (value: number | null) =>
  value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`

/** The portal score table `npm start` and `npm run scan` print. */
export function formatReport(report: PortalReport, portalId: number, failingShown = 12): string {
  const lines = [
    `Portal ${portalId}: health score ${score(report.score)} / 100`,
    '',
    pad(['object', 'score', 'records', 'sampled', 'with problems']),
  ]
  for (const type of OBJECT_TYPES) {
    const object = report.objects[type]
    lines.push(pad([type, score(object.score), String(object.total), String(object.sampleSize),
      String(object.recordsWithProblems)]))
  }
  const categories = Object.entries(report.categoryScores)
    .map(([category, value]) => `${category} ${score(value)}`)
  lines.push('', `by category: ${categories.join(', ')}`)

  const failing = OBJECT_TYPES.flatMap((type) => report.objects[type].checks)
    .filter((check) => !check.passed && check.passRate !== null)
    .sort(bySeverityThenAffected)
  if (failing.length > 0) {
    lines.push('', `Top problems (${Math.min(failingShown, failing.length)} of ${failing.length}):`)
    for (const check of failing.slice(0, failingShown)) {
      lines.push(`  [${check.severity}] ${check.summary} (pass rate ${percent(check.passRate)})`)
    }
  }
  for (const type of ['companies', 'contacts'] as const) {
    const groups = report.duplicates[type]
    const records = groups.reduce((sum, group) => sum + group.ids.length, 0)
    lines.push(`${type}: ${groups.length} duplicate groups holding ${records} records`)
  }

  return lines.join('\n')
}

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const

function bySeverityThenAffected(a: CheckResult, b: CheckResult): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.affected - a.affected
}

function pad(cells: string[]): string {
  const widths = [12, 7, 9, 9, 14]

  return cells.map((cell, i) => cell.padEnd(widths[i] ?? 10)).join('').trimEnd()
}
