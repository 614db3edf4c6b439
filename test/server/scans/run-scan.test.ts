import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PortalReport } from '../../../shared/report.ts'
import { runScan } from '../../../server/scans/run-scan.ts'
import { pairMetrics } from '../../../server/scoring/duplicates/pair-metrics.ts'
import { chicagoTruth, connectSandbox } from '../../support/sandbox-scan.ts'

describe('runScan against the sandbox portal', () => {
  let portal: Awaited<ReturnType<typeof connectSandbox>>
  let report: PortalReport

  beforeAll(async () => {
    portal = await connectSandbox()
    const outcome = await runScan(portal.deps, { kind: 'sample', sampleSize: 1_000,
      defaultCountry: 'US' })
    report = outcome.report
  })
  afterAll(() => portal.close())

  it('finds the Chicago clusters with pairwise precision >= 0.95 and recall >= 0.80', () => {
    const truth = chicagoTruth(portal.sandbox.store)
    // Only pairs between Chicago records can be judged against the Chicago ground truth.
    const chicagoGroups = report.duplicates.companies
      .map((group) => ({ ids: group.ids.filter((id) => truth.has(id)) }))
      .filter((group) => group.ids.length > 1)

    const metrics = pairMetrics(chicagoGroups, truth)

    expect(truth.size).toBe(3_337)
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95)
    expect(metrics.recall).toBeGreaterThanOrEqual(0.8)
  })

  it('samples 1,000 records of a larger object and counts every record', () => {
    const companies = portal.sandbox.store.records('companies')

    expect(report.objects.companies.total).toBe(companies.length)
    expect(report.objects.companies.sampleSize).toBe(1_000)
    expect(report.objects.deals.sampleSize).toBe(report.objects.deals.total)
  })

  it('says which checks covered the whole portal', () => {
    expect(report.fullCoverageChecks).toContain('companies.duplicates')
    expect(report.fullCoverageChecks).toContain('contacts.duplicates')
    const sampled = report.objects.companies.checks.find((c) => c.id === 'companies.fill.name')
    expect(sampled?.coverage).toBe('sample')
    expect(sampled?.confidenceInterval).toBeDefined()
  })

  it('reads the seeded stage defects through the pipelines endpoint', () => {
    const stage = report.objects.deals.checks.find((c) => c.id === 'deals.pipeline.stage')

    // The seed puts one deal on another pipeline's stage and one on an archived stage.
    expect(stage?.affected).toBe(2)
    expect(stage?.sampleSize).toBe(20)
  })

  it('sees no 429 at the real limits', () => {
    expect(portal.sandbox.stats.rateLimited).toBe(0)
  })
})

describe('runScan with every record checked', () => {
  it('checks every record on a full scan', async () => {
    const portal = await connectSandbox()
    try {
      const { report } = await runScan(portal.deps, { kind: 'full', sampleSize: 1_000,
        defaultCountry: 'US' })

      expect(report.objects.companies.sampleSize).toBe(report.objects.companies.total)
      const name = report.objects.companies.checks.find((c) => c.id === 'companies.fill.name')
      expect(name?.confidenceInterval).toBeUndefined()
    } finally {
      await portal.close()
    }
  })
})

describe('runScan under pressure', () => {
  it('keeps under a tight portal limit without a single 429', async () => {
    // The sandbox allows 40 calls per 10 s; our budget takes 38. A scan makes about 65
    // calls, so it must wait out one window instead of meeting a 429.
    const portal = await connectSandbox({ sandbox: { requestsPerTenSeconds: 40 },
      requestsPerTenSeconds: 38 })
    try {
      await runScan(portal.deps, { kind: 'sample', sampleSize: 1_000, defaultCountry: 'US' })

      expect(portal.sandbox.stats.rateLimited).toBe(0)
      expect(portal.sandbox.stats.requests).toBeGreaterThan(40)
    } finally {
      await portal.close()
    }
  })

  it('refreshes an access token that expires during the scan and finishes', async () => {
    const portal = await connectSandbox({ sandbox: { accessTokenTtlSeconds: 1 } })
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_100))
      const { report } = await runScan(portal.deps, { kind: 'sample', sampleSize: 1_000,
        defaultCountry: 'US' })

      expect(report.score).not.toBeNull()
      expect(portal.sandbox.stats.refreshGrants).toBeGreaterThanOrEqual(1)
    } finally {
      await portal.close()
    }
  })
})
