import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DatabaseHandle } from '../../../server/db/connect.ts'
import { upsertPortal } from '../../../server/db/portals.repository.ts'
import {
  listPropertyMeta,
  savePropertyMeta,
} from '../../../server/db/property-meta.repository.ts'
import { createTestDatabase } from '../../support/database.ts'
import { createPortalDetails, createProperty } from './fixtures.ts'

let handle: DatabaseHandle
let nextPortalId = 300

async function newPortal(): Promise<number> {
  const portalId = nextPortalId++
  await upsertPortal(handle.db, createPortalDetails({ portalId }))

  return portalId
}

beforeAll(async () => {
  handle = await createTestDatabase()
})

afterAll(async () => {
  await handle.close()
})

describe('savePropertyMeta and listPropertyMeta', () => {
  it('stores the definition, the options count and the fill rate, by name', async () => {
    const portalId = await newPortal()
    const stage = createProperty({
      name: 'lifecyclestage',
      label: 'Lifecycle stage',
      type: 'enumeration',
      fieldType: 'radio',
      options: [
        { label: 'Lead', value: 'lead', hidden: false },
        { label: 'Customer', value: 'customer', hidden: true },
      ],
      calculated: true,
      hasUniqueValue: true,
    })
    const email = createProperty({ name: 'email', hidden: true, archived: true })

    const fillRates = new Map([
      ['email', 0.5],
      ['lifecyclestage', 1],
      ['not_a_property', 0.1],
    ])

    await savePropertyMeta(handle.db, portalId, 'contacts', [stage, email], fillRates)
    const stored = await listPropertyMeta(handle.db, portalId, 'contacts')

    expect(stored).toEqual([
      {
        name: 'email',
        label: 'Email',
        type: 'string',
        fieldType: 'text',
        groupName: 'contactinformation',
        optionsCount: 0,
        externalOptions: false,
        hidden: true,
        calculated: false,
        readOnlyValue: false,
        hubspotDefined: true,
        archived: true,
        hasUniqueValue: false,
        fillRate: 0.5,
        updatedAt: expect.stringMatching(/Z$/),
      },
      expect.objectContaining({
        name: 'lifecyclestage',
        type: 'enumeration',
        fieldType: 'radio',
        optionsCount: 2,
        calculated: true,
        hasUniqueValue: true,
        fillRate: 1,
      }),
    ])
  })

  it('keeps neither descriptions nor option labels', async () => {
    const portalId = await newPortal()
    const property = createProperty({
      description: 'internal note',
      options: [{ label: 'Secret label', value: 'secret', hidden: false }],
    })

    await savePropertyMeta(handle.db, portalId, 'contacts', [property], new Map())
    const stored = await listPropertyMeta(handle.db, portalId, 'contacts')

    expect(JSON.stringify(stored)).not.toMatch(/internal note|Secret label|secret/)
  })

  it('replaces the set: updates kept properties and drops removed ones', async () => {
    const portalId = await newPortal()
    await savePropertyMeta(
      handle.db,
      portalId,
      'deals',
      [createProperty({ name: 'amount' }), createProperty({ name: 'old_field' })],
      new Map([['amount', 0.2]]),
    )

    await savePropertyMeta(
      handle.db,
      portalId,
      'deals',
      [createProperty({ name: 'amount', label: 'Amount (EUR)' })],
      new Map(),
    )
    const stored = await listPropertyMeta(handle.db, portalId, 'deals')

    // The second save measured no fill rate for amount, so the old 0.2 must not linger.
    expect(stored.map((p) => [p.name, p.label, p.fillRate])).toEqual([
      ['amount', 'Amount (EUR)', null],
    ])
  })

  it('keeps each object type apart', async () => {
    const portalId = await newPortal()

    const domain = createProperty({ name: 'domain' })

    await savePropertyMeta(handle.db, portalId, 'companies', [domain], new Map())
    await savePropertyMeta(handle.db, portalId, 'deals', [], new Map())

    const companies = await listPropertyMeta(handle.db, portalId, 'companies')
    expect(companies.map((p) => p.name)).toEqual(['domain'])
    expect(await listPropertyMeta(handle.db, portalId, 'contacts')).toEqual([])
  })

  it('clears an object when saved with no properties', async () => {
    const portalId = await newPortal()
    await savePropertyMeta(handle.db, portalId, 'deals', [createProperty()], new Map())

    await savePropertyMeta(handle.db, portalId, 'deals', [], new Map())

    expect(await listPropertyMeta(handle.db, portalId, 'deals')).toEqual([])
  })

  it('stores more properties than one insert statement holds', async () => {
    const portalId = await newPortal()
    // 1,200 rows need three 500-row inserts.
    const many = Array.from({ length: 1200 }, (_, i) =>
      createProperty({ name: `p_${String(i).padStart(4, '0')}` }),
    )

    await savePropertyMeta(handle.db, portalId, 'contacts', many, new Map())
    const stored = await listPropertyMeta(handle.db, portalId, 'contacts')

    expect(stored).toHaveLength(1200)
    expect(stored.at(-1)?.name).toBe('p_1199')
  })

  it('throws a TypeError for a repeated property name', async () => {
    const portalId = await newPortal()

    const twice = [createProperty(), createProperty()]

    const save = savePropertyMeta(handle.db, portalId, 'contacts', twice, new Map())

    await expect(save).rejects.toThrow(TypeError)
  })

  it('refuses a fill rate outside 0 to 1', async () => {
    const portalId = await newPortal()

    const fillRates = new Map([['email', 1.2]])

    const save = savePropertyMeta(handle.db, portalId, 'contacts', [createProperty()], fillRates)

    await expect(save).rejects.toThrow()
    expect(await listPropertyMeta(handle.db, portalId, 'contacts')).toEqual([])
  })
})
