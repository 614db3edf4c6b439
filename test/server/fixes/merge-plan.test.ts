import { describe, expect, it } from 'vitest'

import { planMerge, secondaryWrites } from '../../../server/fixes/merge-plan.ts'
import { meta } from './schema.ts'

const schema = [meta('firstname'), meta('lastname'), meta('phone'), meta('jobtitle'),
  meta('hs_lead_status', { readOnlyValue: true })]

describe('planMerge', () => {
  it('keeps the record with more filled properties primary', () => {
    // Every differing property is listed, in schema order.
    // b fills firstname, lastname and phone (3); a fills firstname and jobtitle (2).
    const a = { id: '10', properties: { firstname: 'Ann', jobtitle: 'CTO' } }
    const b = { id: '20', properties: { firstname: 'Anne', lastname: 'Lee', phone: '+1312' } }

    const plan = planMerge(a, b, schema)

    expect(plan.primaryId).toBe('20')
    expect(plan.secondaryId).toBe('10')
    expect(plan.choices).toEqual([
      { property: 'firstname', label: 'Firstname', primaryValue: 'Anne',
        secondaryValue: 'Ann', winner: 'primary', editable: true },
      { property: 'lastname', label: 'Lastname', primaryValue: 'Lee', secondaryValue: null,
        winner: 'primary', editable: true },
      { property: 'phone', label: 'Phone', primaryValue: '+1312', secondaryValue: null,
        winner: 'primary', editable: true },
      { property: 'jobtitle', label: 'Jobtitle', primaryValue: null, secondaryValue: 'CTO',
        winner: 'secondary', editable: true },
    ])
  })

  it('keeps the older record primary on a tie', () => {
    const a = { id: '10', properties: { firstname: 'A', createdate: '2024-05-01T00:00:00Z' } }
    const b = { id: '20', properties: { firstname: 'B', createdate: '2023-01-01T00:00:00Z' } }

    expect(planMerge(a, b, schema).primaryId).toBe('20')
  })

  it('leaves read-only properties out of the choices (HubSpot sets them)', () => {
    const a = { id: '1', properties: { firstname: 'A', lastname: 'B' } }
    const b = { id: '2', properties: { hs_lead_status: 'OPEN' } }

    const properties = planMerge(a, b, schema).choices.map((item) => item.property)

    expect(properties).not.toContain('hs_lead_status')
    expect(properties).toEqual(['firstname', 'lastname'])
  })
})

describe('secondaryWrites', () => {
  const choices = [
    { property: 'firstname', label: 'F', primaryValue: 'Anne', secondaryValue: 'Ann',
      winner: 'primary' as const, editable: true },
    { property: 'jobtitle', label: 'J', primaryValue: null, secondaryValue: 'CTO',
      winner: 'secondary' as const, editable: true },
    { property: 'hs_lead_status', label: 'L', primaryValue: null, secondaryValue: 'OPEN',
      winner: 'primary' as const, editable: false },
  ]

  it('writes the planned secondary winners', () => {
    expect(secondaryWrites(choices)).toEqual({ jobtitle: 'CTO' })
  })

  it('follows the winners a person changed, except on read-only properties', () => {
    expect(secondaryWrites(choices, { firstname: 'secondary', jobtitle: 'primary',
      hs_lead_status: 'secondary' })).toEqual({ firstname: 'Ann' })
  })
})
