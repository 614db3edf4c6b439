import { beforeEach, describe, expect, it } from 'vitest'

import { type TestPortal, testPortal } from '../helpers.ts'

describe('merge', () => {
  let portal: TestPortal
  let primary: string
  let secondary: string
  let companyA: string
  let companyB: string

  const create = async (type: string, properties: Record<string, string>,
    associations: unknown[] = []) =>
    (await portal.call('POST', `/crm/v3/objects/${type}`, { properties, associations })).body.id
  const primaryCompany = (typeId: number, id: string) => [{ to: { id },
    types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId }] }]

  beforeEach(async () => {
    portal = await testPortal({ seed: 'empty' })
    companyA = await create('companies', { name: 'A' })
    companyB = await create('companies', { name: 'B' })
    primary = await create('contacts', { email: 'p@example.com', firstname: 'Pat',
      jobtitle: 'CEO' }, [...primaryCompany(1, companyA), ...primaryCompany(279, companyA)])
    secondary = await create('contacts', { email: 's@example.com', firstname: 'Sam',
      phone: '555' }, [...primaryCompany(1, companyB), ...primaryCompany(279, companyB)])
  })

  it('answers with a new id listing both old ids in hs_merged_object_ids (item 19)',
    async () => {
      const { status, body } = await portal.call('POST', '/crm/v3/objects/contacts/merge',
        { primaryObjectId: primary, objectIdToMerge: secondary })

      expect(status).toBe(200)
      expect(body.id).not.toBe(primary)
      expect(body.id).not.toBe(secondary)
      expect(body.properties.hs_merged_object_ids).toBe(`${primary};${secondary}`)
      expect(body.properties.hs_object_id).toBe(body.id)
      expect(body.properties.firstname).toBe('Pat')
      expect(body.properties.email).toBe('p@example.com')
    })

  it('resolves both old ids to the merged record and lists only the new one', async () => {
    const merged = (await portal.call('POST', '/crm/v3/objects/contacts/merge',
      { primaryObjectId: primary, objectIdToMerge: secondary })).body

    const byPrimary = await portal.call('GET', `/crm/v3/objects/contacts/${primary}`)
    const bySecondary = await portal.call('GET', `/crm/v3/objects/contacts/${secondary}`)
    const list = await portal.call('GET', '/crm/v3/objects/contacts?limit=100')
    const search = await portal.call('POST', '/crm/v3/objects/contacts/search', {})

    expect(byPrimary.body.id).toBe(merged.id)
    expect(bySecondary.body.id).toBe(merged.id)
    const listed = list.body.results.map((r: { id: string }) => r.id)
    expect(listed).toContain(merged.id)
    expect(listed).not.toContain(primary)
    expect(listed).not.toContain(secondary)
    expect(search.body.results.map((r: { id: string }) => r.id)).not.toContain(primary)
  })

  it('keeps the primary\'s primary company and drops the secondary\'s primary label',
    async () => {
      const merged = (await portal.call('POST', '/crm/v3/objects/contacts/merge',
        { primaryObjectId: primary, objectIdToMerge: secondary })).body

      const edges = portal.sandbox.store.associations('contacts', merged.id, 'companies')

      expect(edges.map((edge) => [edge.toObjectId, edge.types.map((t) => t.typeId)]))
        .toEqual([[companyA, [1, 279]], [companyB, [279]]])
    })

  it('refuses merging a record with itself and merging deals', async () => {
    const self = await portal.call('POST', '/crm/v3/objects/contacts/merge',
      { primaryObjectId: primary, objectIdToMerge: primary })
    const deals = await portal.call('POST', '/crm/v3/objects/deals/merge',
      { primaryObjectId: '1', objectIdToMerge: '2' })

    expect(self.status).toBe(400)
    expect(deals.status).toBe(404)
  })
})
