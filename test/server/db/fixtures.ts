import type { PortalDetails, PropertyMeta } from '../../../shared/crm.ts'
import type { CheckResult, ObjectReport, PortalReport } from '../../../shared/report.ts'

export function createPortalDetails(overrides: Partial<PortalDetails> = {}): PortalDetails {
  return {
    portalId: 1001,
    accountType: 'STANDARD',
    timeZone: 'Europe/Berlin',
    companyCurrency: 'EUR',
    uiDomain: 'app-eu1.hubspot.com',
    dataHostingLocation: 'eu1',
    ...overrides,
  }
}

export function createCheck(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    id: 'contacts.fill.email',
    objectType: 'contacts',
    category: 'fill',
    title: 'Email filled in',
    metric: 'share of contacts with an email',
    threshold: 0.9,
    severity: 'critical',
    affected: 120,
    sampleSize: 1000,
    coverage: 'sample',
    passRate: 0.88,
    confidenceInterval: { low: 0.859, high: 0.898 },
    passed: false,
    summary: '12 % of contacts have no email address.',
    ...overrides,
  }
}

/** A check without the confidenceInterval key at all, as full-coverage checks come. */
function withoutInterval(overrides: Partial<CheckResult>): CheckResult {
  const { confidenceInterval: _, ...check } = createCheck(overrides)

  return check
}

function objectReport(overrides: Partial<ObjectReport> & Pick<ObjectReport, 'objectType'>) {
  return {
    score: 70,
    total: 5000,
    sampleSize: 1000,
    recordsWithProblems: 300,
    checks: [],
    ...overrides,
  }
}

/**
 * A report that exercises every column: null and fractional scores, checks with and
 * without an interval, a null pass rate, full coverage, and duplicate groups on both
 * deduplicated objects. `seed` shifts the numbers so two reports differ everywhere.
 */
export function createReport(seed = 0, overrides: Partial<PortalReport> = {}): PortalReport {
  return {
    score: 64.5 + seed,
    categoryScores: {
      fill: 71.25 + seed,
      validity: 80,
      duplicates: 55,
      associations: null,
      pipeline: 90,
      ownership: 42,
    },
    objects: {
      contacts: objectReport({
        objectType: 'contacts',
        score: 61 + seed,
        checks: [
          createCheck({ affected: 120 + seed }),
          withoutInterval({
            id: 'contacts.validity.email',
            category: 'validity',
            title: 'Email addresses valid',
            severity: 'warning',
            passRate: null,
            passed: true,
            summary: 'No email addresses could be checked.',
          }),
          withoutInterval({
            id: 'contacts.duplicates',
            category: 'duplicates',
            coverage: 'full',
            sampleSize: 5000,
            affected: 40,
            passRate: 0.992,
            passed: true,
            summary: '40 contacts sit in duplicate groups.',
          }),
        ],
      }),
      companies: objectReport({
        objectType: 'companies',
        score: null,
        total: 0,
        sampleSize: 0,
        recordsWithProblems: 0,
      }),
      deals: objectReport({
        objectType: 'deals',
        score: 88.75,
        total: 250,
        sampleSize: 250,
        recordsWithProblems: 12,
        checks: [
          createCheck({
            id: 'deals.pipeline.stage',
            objectType: 'deals',
            category: 'pipeline',
            title: 'Deal stages exist',
            severity: 'info',
            threshold: 0.95,
            sampleSize: 250,
            affected: 3,
            passRate: 0.988,
            confidenceInterval: { low: 0.965, high: 0.996 },
            passed: true,
            summary: '3 deals sit in a stage that no longer exists.',
          }),
        ],
      }),
    },
    duplicates: {
      contacts: [
        { ids: ['101', '102'], confidence: 0.97, reason: 'same email address' },
        { ids: ['103', '104', '105'], confidence: 0.8, reason: 'same name and company' },
      ],
      companies: [{ ids: ['201', '101'], confidence: 0.9, reason: 'same domain' }],
    },
    fullCoverageChecks: ['contacts.duplicates'],
    scannedAt: `2026-03-0${1 + (seed % 9)}T10:15:30.123Z`,
    ...overrides,
  }
}

export function createProperty(overrides: Partial<PropertyMeta> = {}): PropertyMeta {
  return {
    name: 'email',
    label: 'Email',
    type: 'string',
    fieldType: 'text',
    groupName: 'contactinformation',
    description: 'A contact email address',
    options: [],
    externalOptions: false,
    hidden: false,
    calculated: false,
    readOnlyValue: false,
    hubspotDefined: true,
    archived: false,
    hasUniqueValue: false,
    ...overrides,
  }
}
