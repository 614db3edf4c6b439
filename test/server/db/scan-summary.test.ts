import { describe, expect, it } from 'vitest'

import { toScanSummary } from '../../../server/db/scan-summary.ts'
import type { ScanRow } from '../../../server/db/scans.table.ts'

function createRow(overrides: Partial<ScanRow> = {}): ScanRow {
  return {
    id: 5,
    portal_id: 9,
    kind: 'sample',
    status: 'failed',
    progress_step: null,
    progress_done: null,
    progress_total: null,
    started_at: new Date('2026-03-01T10:00:00.000Z'),
    finished_at: new Date('2026-03-01T10:05:00.000Z'),
    error_code: 'HUBSPOT_FAILED',
    scanned_at: null,
    score: null,
    fill_score: null,
    validity_score: null,
    duplicates_score: null,
    associations_score: null,
    pipeline_score: null,
    ownership_score: null,
    full_coverage_checks: null,
    ...overrides,
  }
}

describe('toScanSummary', () => {
  it('maps a failed scan with its code and times', () => {
    expect(toScanSummary(createRow())).toEqual({
      scanId: 5,
      portalId: 9,
      kind: 'sample',
      status: 'failed',
      progress: null,
      score: null,
      startedAt: '2026-03-01T10:00:00.000Z',
      finishedAt: '2026-03-01T10:05:00.000Z',
      scannedAt: null,
      errorCode: 'HUBSPOT_FAILED',
    })
  })

  it('reads an error code that no longer exists as INTERNAL', () => {
    expect(toScanSummary(createRow({ error_code: 'RETIRED_CODE' })).errorCode).toBe('INTERNAL')
  })

  it('reports progress once a step was recorded', () => {
    const row = createRow({ progress_step: 'deals', progress_done: 3, progress_total: 4 })

    expect(toScanSummary(row).progress).toEqual({ step: 'deals', done: 3, total: 4 })
  })
})
