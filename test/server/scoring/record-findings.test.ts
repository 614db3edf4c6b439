import { describe, expect, it } from 'vitest'

import { RecordFindings } from '../../../server/scoring/record-findings.ts'

describe('RecordFindings', () => {
  it('keeps the worst rank per record and category, and across categories', () => {
    const findings = new RecordFindings(2)
    findings.mark(1, 'fill', 'info')
    findings.mark(1, 'validity', 'critical')
    findings.mark(1, 'validity', 'warning')

    expect(findings.worstRank(0)).toBe(0)
    expect(findings.worstRank(1, 'fill')).toBe(1)
    expect(findings.worstRank(1, 'validity')).toBe(3)
    expect(findings.worstRank(1)).toBe(3)
  })

  it('remembers which categories measured something', () => {
    const findings = new RecordFindings(1)
    findings.noteMeasured('pipeline')

    expect(findings.isMeasured('pipeline')).toBe(true)
    expect(findings.isMeasured('fill')).toBe(false)
  })

  it('rejects a negative or fractional size', () => {
    expect(() => new RecordFindings(-1)).toThrow(TypeError)
    expect(() => new RecordFindings(1.5)).toThrow(TypeError)
  })
})
