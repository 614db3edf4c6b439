import { beforeAll, describe, expect, it } from 'vitest'

import { type TestPortal, testPortal, UUID } from '../helpers.ts'

describe('object reads', () => {
  let portal: TestPortal
  const contactByEmail = (email: string) =>
    portal.sandbox.store.records('contacts').find((c) => c.properties.email === email)

  beforeAll(async () => {
    portal = await testPortal()
  })

  it('returns only the default properties when none are named (item 2)', async () => {
    const maria = contactByEmail('emailmaria@hubspot.com')

    const { status, body } = await portal.call('GET', `/crm/v3/objects/contacts/${maria?.id}`)

    expect(status).toBe(200)
    expect(Object.keys(body.properties).sort()).toEqual(['createdate', 'email', 'firstname',
      'hs_object_id', 'lastmodifieddate', 'lastname'])
    expect(body.id).toBe(maria?.id)
    expect(body.properties.hs_object_id).toBe(maria?.id)
  })

  it('ignores property names that do not exist instead of failing (item 2)', async () => {
    const maria = contactByEmail('emailmaria@hubspot.com')

    const { status, body } = await portal.call('GET',
      `/crm/v3/objects/contacts/${maria?.id}?properties=email,not_a_property`)

    expect(status).toBe(200)
    expect(body.properties).toEqual({ email: 'emailmaria@hubspot.com' })
  })

  it('sends values as strings and empty values as "", null or nothing (item 1)', async () => {
    const dana = contactByEmail('dana@example.com')
    const names = 'nps_score,newsletter_opt_in,is_beta_tester,hs_lead_status'

    const read = await portal.call('GET',
      `/crm/v3/objects/contacts/${dana?.id}?properties=${names}`)
    const batch = await portal.call('POST', '/crm/v3/objects/contacts/batch/read',
      { inputs: [{ id: dana?.id }], properties: names.split(',') })

    expect(read.body.properties).toEqual({ nps_score: '17', newsletter_opt_in: 'true',
      is_beta_tester: null, hs_lead_status: '' })
    expect(batch.body.results[0].properties).toEqual({ nps_score: '17',
      newsletter_opt_in: 'true', hs_lead_status: '' })
  })

  it('pages lists with an opaque after, no total, and no paging on the last page (item 3)',
    async () => {
      const first = await portal.call('GET', '/crm/v3/objects/deals?limit=15')
      const after = first.body.paging.next.after
      const last = await portal.call('GET', `/crm/v3/objects/deals?limit=15&after=${after}`)

      expect(first.body.results).toHaveLength(15)
      expect(first.body.total).toBeUndefined()
      // 20 deals: the second page holds the remaining 5 and no paging block.
      expect(last.body.results).toHaveLength(5)
      expect(last.body.paging).toBeUndefined()
      expect(first.body.paging.next.link).toContain(`after=${after}`)
      const ids = [...first.body.results, ...last.body.results].map((r: { id: string }) => r.id)
      expect(new Set(ids).size).toBe(20)
    })

  it('defaults to 10 results, refuses a limit over 100 and a cursor it did not issue',
    async () => {
      const defaults = await portal.call('GET', '/crm/v3/objects/companies')
      const tooMany = await portal.call('GET', '/crm/v3/objects/companies?limit=101')
      const forged = await portal.call('GET', '/crm/v3/objects/companies?after=abc')

      expect(defaults.body.results).toHaveLength(10)
      expect(tooMany.status).toBe(400)
      expect(tooMany.body.category).toBe('VALIDATION_ERROR')
      expect(forged.status).toBe(400)
    })

  it('serves the same record under the 2026-03 twin and the 0-2 type id', async () => {
    const v3 = await portal.call('GET', '/crm/v3/objects/companies?limit=3&properties=name')
    const dated = await portal.call('GET',
      '/crm/objects/2026-03/companies?limit=3&properties=name')
    const byId = await portal.call('GET', '/crm/v3/objects/0-2?limit=3&properties=name')

    expect(dated.body.results).toEqual(v3.body.results)
    expect(byId.body.results).toEqual(v3.body.results)
  })

  it('shows archived records only with archived=true', async () => {
    const archived = await portal.call('GET', '/crm/v3/objects/companies?archived=true')
    const id = archived.body.results[0].id

    const plain = await portal.call('GET', `/crm/v3/objects/companies/${id}`)
    const asked = await portal.call('GET', `/crm/v3/objects/companies/${id}?archived=true`)

    expect(archived.body.results.map((r: { archived: boolean }) => r.archived))
      .toEqual([true, true])
    expect(plain.status).toBe(404)
    expect(plain.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' })
    expect(plain.body.correlationId).toMatch(UUID)
    expect(asked.body.archivedAt).toBe('2024-09-30T12:00:00.000Z')
  })

  it('reads a contact by email with idProperty', async () => {
    const { body } = await portal.call('GET',
      '/crm/v3/objects/contacts/BH@hubspot.com?idProperty=email')

    expect(body.properties.lastname).toBe('Halligan (Sample Contact)')
  })

  it('lists HubSpot-defined v3 associations, at most 100 per type with a link (item 20)',
    async () => {
      const district = portal.sandbox.store.records('companies')
        .find((c) => c.properties.name === 'Chicago Public Schools')

      const { body } = await portal.call('GET',
        `/crm/v3/objects/companies/${district?.id}?associations=contacts`)

      // The district's 381 contacts are unlabeled: one v3 entry each, cut at 100.
      expect(body.associations.contacts.results).toHaveLength(100)
      expect(body.associations.contacts.results[0].type).toBe('company_to_contact_unlabeled')
      expect(body.associations.contacts.paging.next.link).toContain('/associations/contacts')
    })

  it('reaches a custom object by id or qualified name, never by its bare name (item 23)',
    async () => {
      const portalId = portal.sandbox.portalId

      const bare = await portal.call('GET', '/crm/v3/objects/brand')
      const byTypeId = await portal.call('GET', '/crm/v3/objects/2-41372650?properties=brand_name')
      const byName = await portal.call('GET', `/crm/v3/objects/p${portalId}_brand`)
      const bareProps = await portal.call('GET', '/crm/v3/properties/brand')
      const shortProps = await portal.call('GET', '/crm/v3/properties/p_brand')

      expect(bare.status).toBe(400)
      expect(byTypeId.body.results.map((r: { properties: { brand_name: string } }) =>
        r.properties.brand_name)).toEqual(['PortalPilot Kids', 'Little Steps', 'Bright Start'])
      expect(byName.body.results).toHaveLength(3)
      expect(bareProps.status).toBe(400)
      expect(shortProps.status).toBe(200)
    })

  it('answers unknown paths with a 404 envelope', async () => {
    const { status, body } = await portal.call('GET', '/crm/v3/nothing/here')

    expect(status).toBe(404)
    expect(body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' })
  })
})
