import { describe, expect, it } from 'vitest'

import { RecordFindings } from '../../../server/scoring/record-findings.ts'
import {
  meanOfMeasured,
  recordScore,
  recordsWithProblems,
  roundScore,
} from '../../../server/scoring/score.ts'

function fourRecords(): RecordFindings {
  const findings = new RecordFindings(4)
  for (const category of ['fill', 'validity', 'ownership'] as const) {
    findings.noteMeasured(category)
  }
  findings.mark(0, 'fill', 'info')
  findings.mark(0, 'validity', 'warning')
  findings.mark(2, 'ownership', 'critical')
  findings.mark(3, 'fill', 'info')

  return findings
}

describe('recordScore', () => {
  it('averages each record once at its worst problem', () => {
    // record 0 worst warning 0.5, record 1 clean 1, record 2 critical 0, record 3 info 0.8:
    // 100 * (0.5 + 1 + 0 + 0.8) / 4 = 57.5
    expect(recordScore(fourRecords())).toBeCloseTo(57.5, 10)
  })

  it('scores one category from that category\'s findings only', () => {
    const findings = fourRecords()

    // fill: 0.8, 1, 1, 0.8 -> 90; validity: 0.5, 1, 1, 1 -> 87.5; ownership: 1, 1, 0, 1 -> 75
    expect(recordScore(findings, 'fill')).toBeCloseTo(90, 10)
    expect(recordScore(findings, 'validity')).toBeCloseTo(87.5, 10)
    expect(recordScore(findings, 'ownership')).toBeCloseTo(75, 10)
  })

  it('does not count a record twice when several checks fail it', () => {
    const once = new RecordFindings(2)
    once.noteMeasured('fill')
    once.mark(0, 'fill', 'warning')
    const thrice = new RecordFindings(2)
    thrice.noteMeasured('fill')
    thrice.noteMeasured('validity')
    thrice.mark(0, 'fill', 'warning')
    thrice.mark(0, 'fill', 'info')
    thrice.mark(0, 'validity', 'warning')

    // Either way: (0.5 + 1) / 2 = 75
    expect(recordScore(once)).toBeCloseTo(75, 10)
    expect(recordScore(thrice)).toBeCloseTo(75, 10)
    expect(recordsWithProblems(thrice)).toBe(1)
  })

  it('keeps the worst severity whatever the order of the marks', () => {
    const findings = new RecordFindings(1)
    findings.noteMeasured('fill')
    findings.mark(0, 'fill', 'critical')
    findings.mark(0, 'fill', 'info')

    expect(recordScore(findings)).toBe(0)
  })

  it('is null for a category that measured nothing and for an empty sample', () => {
    expect(recordScore(fourRecords(), 'duplicates')).toBeNull()
    expect(recordScore(new RecordFindings(0))).toBeNull()
  })

  it('is null when no check measured anything, even with records', () => {
    expect(recordScore(new RecordFindings(5))).toBeNull()
  })

  it('is 100 when checks measured and found nothing', () => {
    const findings = new RecordFindings(3)
    findings.noteMeasured('associations')

    expect(recordScore(findings)).toBe(100)
  })
})

describe('recordsWithProblems', () => {
  it('counts each record with any problem once', () => {
    expect(recordsWithProblems(fourRecords())).toBe(3)
  })
})

describe('meanOfMeasured', () => {
  it('leaves unmeasured scores out instead of counting them as zero', () => {
    expect(meanOfMeasured([80, null, 60])).toBe(70)
    expect(meanOfMeasured([null, null])).toBeNull()
  })
})

describe('roundScore', () => {
  it('keeps one decimal', () => {
    expect(roundScore(57.54)).toBe(57.5)
    expect(roundScore(null)).toBeNull()
  })
})
