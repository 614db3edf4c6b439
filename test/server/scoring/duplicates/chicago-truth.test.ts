import { describe, expect, it } from 'vitest'

import { readCsvRecords } from '../../../../server/csv/read-csv.ts'
import { createDuplicateFinder } from '../../../../server/scoring/duplicates/index.ts'
import { pairMetrics } from '../../../../server/scoring/duplicates/pair-metrics.ts'
import { CHICAGO_COMPANY_COLUMNS, CHICAGO_CSV } from '../../../support/dedupe-fixtures.ts'

describe('company duplicates on the Chicago ground truth', () => {
  it('reaches pairwise precision >= 0.95 and recall >= 0.80', async () => {
    const finder = createDuplicateFinder('companies')
    const truth = new Map<string, string>()
    const records = readCsvRecords(CHICAGO_CSV)
    const header = (await records.next()).value as string[]
    const column = (title: string) => header.indexOf(title)
    const mapping = Object.entries(CHICAGO_COMPANY_COLUMNS).map(
      ([property, title]) => [property, column(title)] as const,
    )
    let row = 0
    for await (const record of records) {
      row++
      truth.set(String(row), record[column('True Id')] ?? '')
      finder.add(
        String(row),
        Object.fromEntries(mapping.map(([property, index]) => [property, record[index]])),
      )
    }

    const metrics = pairMetrics(finder.finish(), truth)

    // 3,337 rows in 1,162 clusters (SOURCES.md); 6,608 pairs counted independently in Python.
    expect(row).toBe(3337)
    expect(metrics.truePairs).toBe(6608)
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95)
    expect(metrics.recall).toBeGreaterThanOrEqual(0.8)
  })
})
