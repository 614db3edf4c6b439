import { describe, expect, it } from 'vitest'

import { scorePortal, type ScoringInput } from '../../../server/scoring/score-portal.ts'
import { NOW, property, record } from './fixtures.ts'

function input(overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    now: NOW,
    objects: {
      contacts: {
        total: 2,
        properties: [property('email'), property('firstname')],
        records: [
          record({ email: 'ana@example.com', firstname: 'Ana' }, undefined, 'c1'),
          // An invalid email (validity warning) and no first name (fill info).
          record({ email: 'bad', firstname: '' }, undefined, 'c2'),
        ],
      },
      deals: {
        total: 1,
        properties: [property('dealname')],
        records: [record({ dealname: '' }, undefined, 'd1')],
      },
    },
    duplicates: {
      companies: { groups: [{ ids: ['x', 'y'], confidence: 1, reason: 'same domain' }],
        population: 10 },
    },
    pipelines: null,
    owners: null,
    disposableDomains: new Set(),
    defaultCountry: 'US',
    ...overrides,
  }
}

describe('scorePortal', () => {
  it('scores each record once at its worst problem and averages the measured objects', () => {
    const report = scorePortal(input())

    // Contacts: c1 clean (1), c2 worst warning (0.5) -> 100 * 1.5 / 2 = 75.
    // Deals: d1 has no name (fill warning, 0.5) -> 50. Companies: no sample -> null.
    expect(report.objects.contacts).toMatchObject({ score: 75, sampleSize: 2, total: 2,
      recordsWithProblems: 1 })
    expect(report.objects.deals.score).toBe(50)
    expect(report.objects.companies).toMatchObject({ score: null, sampleSize: 0 })
    // Portal: (75 + 50) / 2 = 62.5.
    expect(report.score).toBe(62.5)
  })

  it('gives sub-scores per category and null where nothing was measured', () => {
    // fill: contacts (1 + 0.8) / 2 = 90, deals 50 -> 70; validity: contacts (1 + 0.5) / 2 = 75.
    expect(scorePortal(input()).categoryScores).toEqual({
      fill: 70,
      validity: 75,
      duplicates: null,
      associations: null,
      pipeline: null,
      ownership: null,
    })
  })

  it('does not count a record twice when a duplicate finding joins its other problems', () => {
    const report = scorePortal(input({
      duplicates: { contacts: { groups: [{ ids: ['c1', 'c2'], confidence: 1, reason: 'x' }],
        population: 2 } },
    }))

    // c2 is merged away (warning) but already had a warning: still 75, one problem record.
    expect(report.objects.contacts).toMatchObject({ score: 75, recordsWithProblems: 1 })
    expect(report.categoryScores.duplicates).toBe(75)
  })

  it('reports duplicates of an unsampled object as a full-coverage check', () => {
    const report = scorePortal(input())

    expect(report.fullCoverageChecks).toEqual(['companies.duplicates'])
    expect(report.objects.companies.checks.map((check) => check.id)).toEqual([
      'companies.duplicates',
    ])
    expect(report.duplicates.companies).toHaveLength(1)
    expect(report.duplicates.contacts).toEqual([])
    expect(report.scannedAt).toBe('2026-03-15T12:00:00.000Z')
  })

  it('gives a sample with nothing measurable no score instead of a perfect one', () => {
    const report = scorePortal(input({
      objects: { contacts: { total: 5, properties: [], records: [record({ a: '1' })] } },
      duplicates: {},
    }))

    expect(report.objects.contacts.score).toBeNull()
    expect(report.score).toBeNull()
  })

  it('scores nothing when no object was sampled', () => {
    const report = scorePortal(input({ objects: {}, duplicates: {} }))

    expect(report.score).toBeNull()
    expect(Object.values(report.categoryScores).every((score) => score === null)).toBe(true)
  })

  it('uses the sample size as the total when the total lags behind', () => {
    const base = input()
    const contacts = { ...base.objects.contacts!, total: 1 }
    const report = scorePortal({ ...base, objects: { contacts } })

    expect(report.objects.contacts.total).toBe(2)
  })

  it('rejects an invalid clock or total', () => {
    expect(() => scorePortal(input({ now: new Date('nope') }))).toThrow(TypeError)
    const base = input()
    const contacts = { ...base.objects.contacts!, total: -1 }

    expect(() => scorePortal({ ...base, objects: { contacts } })).toThrow(TypeError)
  })
})
