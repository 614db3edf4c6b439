import { describe, expect, it } from 'vitest'

import { benchScoring } from '../../bench/scoring.ts'

describe('benchScoring', () => {
  it('returns one row per size with both timings, their ratio and the peak RSS', async () => {
    const result = await benchScoring([400])
    const [row] = result.rows

    // 400 records: 200 contacts, 100 companies, 100 deals.
    expect(result.rows).toHaveLength(1)
    expect(row?.records).toBe(400)
    expect(row?.jsonParseMs).toBeGreaterThanOrEqual(0)
    expect(row?.scoringVsJsonParse).toBeGreaterThan(0)
    expect(result.scoringVsJsonParse).toBe(row?.scoringVsJsonParse)
    expect(result.peakRssMb).toBeGreaterThan(0)
  })
})
