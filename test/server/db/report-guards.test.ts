import { describe, expect, it } from 'vitest'

import { assertStorableReport } from '../../../server/db/report-guards.ts'
import type { PortalReport } from '../../../shared/report.ts'
import { createCheck, createReport } from './fixtures.ts'

function withContactReason(reason: string): PortalReport {
  return createReport(0, {
    duplicates: { contacts: [{ ids: ['1', '2'], confidence: 0.9, reason }], companies: [] },
  })
}

describe('assertStorableReport', () => {
  it('accepts a report whose reasons name signals only', () => {
    // Reasons written by hand in the style the duplicate engine uses.
    const reasons = [
      'same email address',
      'same domain and similar name',
      'same phone and street number',
      'same 7-digit phone and similar name',
      'same name and email domain',
    ]

    for (const reason of reasons) {
      expect(() => assertStorableReport(withContactReason(reason))).not.toThrow()
    }
  })

  it.each([
    'same email ann@example.com',
    'same domain acme.io',
    'same website https://acme',
    'same phone 5551234',
    'same zip 60601',
    'x'.repeat(201),
  ])('refuses the value-carrying reason %s without repeating it', (reason) => {
    const check = () => assertStorableReport(withContactReason(reason))

    expect(check).toThrow(TypeError)
    expect(check).toThrow(/duplicate group contacts\[0\]/)
    expect(check).not.toThrow(reason.slice(5))
  })

  it('refuses a check filed under another object', () => {
    const report = createReport(0)
    const misfiled = {
      ...report,
      objects: {
        ...report.objects,
        deals: { ...report.objects.deals, checks: [createCheck({ objectType: 'contacts' })] },
      },
    }

    expect(() => assertStorableReport(misfiled)).toThrow(/listed under deals/)
  })

  it('refuses a scannedAt that is not a timestamp', () => {
    expect(() => assertStorableReport(createReport(0, { scannedAt: 'yesterday' }))).toThrow(
      TypeError,
    )
  })
})
