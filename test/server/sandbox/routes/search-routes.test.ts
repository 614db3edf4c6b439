import { beforeAll, describe, expect, it } from 'vitest'

import { fakeClock, type TestPortal, testPortal } from '../helpers.ts'

type Filter = Record<string, unknown>
const where = (...filters: Filter[]) => ({ filterGroups: [{ filters }] })

describe('search', () => {
  let portal: TestPortal
  const search = (type: string, body: unknown) =>
    portal.call('POST', `/crm/v3/objects/${type}/search`, body)
  const ids = (body: { results: { id: string }[] }) => body.results.map((r) => r.id)

  beforeAll(async () => {
    portal = await testPortal()
  })

  it('reports the true total and pages with after (item 4)', async () => {
    // Every company record; 3,353 live ones in the demo seed.
    const first = await search('companies', { limit: 200 })
    const second = await search('companies', { limit: 200, after: first.body.paging.next.after })

    expect(first.body.total).toBe(3353)
    expect(first.body.paging.next.after).toBe('200')
    expect(second.body.results[0].id).not.toBe(first.body.results[0].id)
  })

  it('refuses to page past 10,000 results (item 4)', async () => {
    const atCap = await search('companies', { limit: 100, after: '9900' })
    const pastCap = await search('companies', { limit: 100, after: '9950' })

    expect(atCap.status).toBe(200)
    expect(pastCap.status).toBe(400)
    expect(pastCap.body.category).toBe('VALIDATION_ERROR')
  })

  it('enforces 5 groups, 6 filters a group, 3,000 query characters, limit 200 (item 7)',
    async () => {
      const filter = { propertyName: 'name', operator: 'HAS_PROPERTY' }
      const sixGroups = { filterGroups: Array.from({ length: 6 }, () => ({ filters: [filter] })) }
      const sevenFilters = where(...Array.from({ length: 7 }, () => filter))
      const fiveGroups = { filterGroups: Array.from({ length: 5 }, () => ({ filters: [filter] })) }

      expect((await search('companies', sixGroups)).status).toBe(400)
      expect((await search('companies', sevenFilters)).status).toBe(400)
      expect((await search('companies', fiveGroups)).status).toBe(200)
      expect((await search('companies', { query: 'a'.repeat(3001) })).status).toBe(400)
      expect((await search('companies', { query: 'a'.repeat(3000) })).status).toBe(200)
      expect((await search('companies', { limit: 500 })).status).toBe(400)
      expect((await search('companies', { limit: 200 })).status).toBe(200)
    })

  it('refuses NOT_HAS_PROPERTY carrying a value (item 7)', async () => {
    const { status } = await search('companies',
      where({ propertyName: 'domain', operator: 'NOT_HAS_PROPERTY', value: 'x' }))

    expect(status).toBe(400)
  })

  it('counts fill with HAS_PROPERTY and NOT_HAS_PROPERTY totals (item 7)', async () => {
    const has = await search('companies', where({ propertyName: 'domain',
      operator: 'HAS_PROPERTY' }))
    const hasNot = await search('companies', where({ propertyName: 'domain',
      operator: 'NOT_HAS_PROPERTY' }))
    const expected = portal.sandbox.store.records('companies')
      .filter((c) => (c.properties.domain ?? '') !== '').length

    expect(has.body.total).toBe(expected)
    expect(has.body.total + hasNot.body.total).toBe(3353)
  })

  it('applies EQ, IN, GT, CONTAINS_TOKEN, NEQ with ORed groups and ANDed filters', async () => {
    const eq = await search('companies', where({ propertyName: 'domain', operator: 'EQ',
      value: 'TEST1.com' }))
    const inList = await search('contacts', where({ propertyName: 'email', operator: 'IN',
      values: ['bh@hubspot.com', 'emailmaria@hubspot.com'] }))
    const gt = await search('deals', where({ propertyName: 'amount', operator: 'GT',
      value: '300000' }))
    const token = await search('contacts', where({ propertyName: 'email',
      operator: 'CONTAINS_TOKEN', value: '*@hubspot.com' }))
    const anded = await search('contacts', where(
      { propertyName: 'email', operator: 'CONTAINS_TOKEN', value: '*@hubspot.com' },
      { propertyName: 'firstname', operator: 'NEQ', value: 'Brian' }))
    const ored = await search('deals', { filterGroups: [
      { filters: [{ propertyName: 'dealname', operator: 'EQ',
        value: 'Cloud Platform Expansion' }] },
      { filters: [{ propertyName: 'dealname', operator: 'EQ', value: 'GenePoint' }] },
      { filters: [{ propertyName: 'dealname', operator: 'EQ',
        value: 'Compliance Audit Services' }] }] })

    expect(eq.body.total).toBe(2)
    expect(inList.body.total).toBe(2)
    // Amounts over 300,000: 342000 and 398000.
    expect(gt.body.results.map((r: { properties: { amount: string } }) => r.properties.amount)
      .sort()).toEqual(['342000', '398000'])
    expect(token.body.total).toBe(2)
    expect(anded.body.results.map((r: { properties: { firstname: string } }) =>
      r.properties.firstname)).toEqual(['Maria'])
    expect(ored.body.total).toBe(2)
  })

  it('sorts by one property and refuses a second sort', async () => {
    const sorted = await search('deals', { sorts: [{ propertyName: 'amount',
      direction: 'DESCENDING' }], properties: ['amount'], limit: 3 })
    const twoSorts = await search('deals', { sorts: ['amount', '-dealname'] })

    // The three largest Salesforce amounts: 398000, 342000, 278000.
    expect(sorted.body.results.map((r: { properties: { amount: string } }) =>
      Number(r.properties.amount))).toEqual([398000, 342000, 278000])
    expect(twoSorts.status).toBe(400)
  })

  it('sees a write only after the search lag, while GET sees it at once (item 6)',
    async () => {
      const clock = fakeClock()
      const lagged = await testPortal({ seed: 'empty', now: clock.now, searchLagMs: 1000 })
      const created = await lagged.call('POST', '/crm/v3/objects/contacts',
        { properties: { email: 'a@example.com', firstname: 'Ada' } })
      const query = where({ propertyName: 'email', operator: 'EQ', value: 'a@example.com' })

      const soon = await lagged.call('POST', '/crm/v3/objects/contacts/search', query)
      const byId = await lagged.call('GET', `/crm/v3/objects/contacts/${created.body.id}`)
      clock.advance(1000)
      const later = await lagged.call('POST', '/crm/v3/objects/contacts/search', query)

      expect(soon.body.total).toBe(0)
      expect(byId.status).toBe(200)
      expect(ids(later.body)).toEqual([created.body.id])
    })

  it('matches the free-text query against names and emails', async () => {
    const { body } = await search('contacts', { query: 'hallig' })

    expect(body.results.map((r: { properties: { email: string } }) => r.properties.email))
      .toEqual(['bh@hubspot.com'])
  })

  it('returns the default properties with null for unset ones, as reads do', async () => {
    const { body } = await search('contacts', where({ propertyName: 'email', operator: 'EQ',
      value: 'bh@hubspot.com' }))

    expect(Object.keys(body.results[0].properties).sort()).toEqual(['createdate', 'email',
      'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'])
  })
})
