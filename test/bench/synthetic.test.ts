import { describe, expect, it } from 'vitest'

import {
  SYNTHETIC_PIPELINES,
  SYNTHETIC_PROPERTIES,
  syntheticRecord,
  syntheticRecords,
} from '../../bench/synthetic.ts'
import { OBJECT_TYPES } from '../../shared/crm.ts'

describe('syntheticRecord', () => {
  it('gives the same record for the same seed, type and index', () => {
    expect(syntheticRecord('contacts', 42, 7)).toEqual(syntheticRecord('contacts', 42, 7))
    expect(syntheticRecord('contacts', 42, 7)).not.toEqual(syntheticRecord('contacts', 42, 8))
  })

  it('streams the same records as one-by-one generation', () => {
    const streamed = [...syntheticRecords('deals', 3, 1, 10)]

    expect(streamed).toEqual([10, 11, 12].map((i) => syntheticRecord('deals', i, 1)))
  })

  it('sends only strings and nulls, about 15 properties, all declared in the schema', () => {
    for (const type of OBJECT_TYPES) {
      const declared = new Set(SYNTHETIC_PROPERTIES[type].map((meta) => meta.name))
      const records = [...syntheticRecords(type, 200)]
      const sizes = records.map((r) => Object.keys(r.properties).length)
      const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length

      expect(mean, type).toBeGreaterThan(12)
      expect(mean, type).toBeLessThan(20)
      for (const r of records) {
        for (const [name, value] of Object.entries(r.properties)) {
          expect(declared.has(name), `${type}.${name}`).toBe(true)
          expect(value === null || typeof value === 'string').toBe(true)
        }
      }
    }
  })

  it('mixes null, empty and absent for unset values', () => {
    const emails = [...syntheticRecords('contacts', 2000)].map((r) => r.properties)
    const kinds = new Set(emails.map((p) => (!('email' in p) ? 'absent'
      : p.email === null ? 'null' : p.email === '' ? 'empty' : 'set')))

    expect(kinds).toEqual(new Set(['absent', 'null', 'empty', 'set']))
  })

  it('puts deals in stages of the synthetic pipelines, a few deliberately wrong', () => {
    const known = new Set(SYNTHETIC_PIPELINES.flatMap((p) => p.stages.map((s) => s.id)))
    const stages = [...syntheticRecords('deals', 1000)].map((r) => r.properties.dealstage)
    const unknown = stages.filter((stage) => !known.has(stage ?? '')).length

    expect(unknown).toBeGreaterThan(0)
    expect(unknown).toBeLessThan(50)
  })
})
