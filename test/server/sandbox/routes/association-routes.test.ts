import { beforeAll, describe, expect, it } from 'vitest'

import { type TestPortal, testPortal } from '../helpers.ts'

describe('associations v4', () => {
  let portal: TestPortal
  let districtId: string

  beforeAll(async () => {
    portal = await testPortal()
    districtId = portal.sandbox.store.records('companies')
      .find((c) => c.properties.name === 'Chicago Public Schools')?.id ?? ''
  })

  it('honours after and leaves paging off the last page (item 20)', async () => {
    const seen: number[] = []
    const cursors = new Set<string>()
    let after: string | undefined
    let pages = 0
    do {
      const query = `limit=100${after ? `&after=${after}` : ''}`
      const { status, body } = await portal.call('GET',
        `/crm/v4/objects/companies/${districtId}/associations/contacts?${query}`)
      expect(status).toBe(200)
      seen.push(...body.results.map((r: { toObjectId: number }) => r.toObjectId))
      after = body.paging?.next?.after
      if (after) {
        expect(cursors.has(after)).toBe(false)
        cursors.add(after)
      }
      pages += 1
    } while (after)

    // 381 CPS contacts in pages of 100: 4 pages, the last one without paging.
    expect(pages).toBe(4)
    expect(new Set(seen).size).toBe(381)
    expect(typeof seen[0]).toBe('number')
  })

  it('serves the 2026-03 twin and refuses a limit over 500', async () => {
    const dated = await portal.call('GET',
      `/crm/objects/2026-03/companies/${districtId}/associations/contacts?limit=500`)
    const tooMany = await portal.call('GET',
      `/crm/v4/objects/companies/${districtId}/associations/contacts?limit=501`)

    expect(dated.body.results).toHaveLength(381)
    expect(dated.body.paging).toBeUndefined()
    expect(tooMany.status).toBe(400)
  })

  it('batch-reads labelled associations and answers 207 for ids without any', async () => {
    const deals = portal.sandbox.store.records('deals')
    const withCompany = deals[0]?.id ?? ''
    const without = portal.sandbox.store.defects
      .find((defect) => defect.kind === 'deal-without-associations')?.id ?? ''

    const { status, body } = await portal.call('POST',
      '/crm/associations/2026-03/deals/companies/batch/read',
      { inputs: [{ id: withCompany }, { id: without }] })

    expect(status).toBe(207)
    expect(body.results).toHaveLength(1)
    expect(body.results[0].from).toEqual({ id: withCompany })
    expect(body.results[0].to[0].associationTypes).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' },
      { category: 'HUBSPOT_DEFINED', typeId: 341, label: null }])
    expect(body.errors[0]).toMatchObject({ category: 'OBJECT_NOT_FOUND',
      context: { fromObjectId: [without] } })
  })

  it('shows the portal\'s own labels as USER_DEFINED', async () => {
    const contact = portal.sandbox.store.records('contacts')
      .find((c) => c.properties.firstname === 'Marion')

    const { body } = await portal.call('POST', '/crm/v4/associations/contacts/companies/batch/read',
      { inputs: [{ id: contact?.id }] })

    expect(body.results[0].to[0].associationTypes).toContainEqual(
      { category: 'USER_DEFINED', typeId: 9, label: 'Site director' })
  })

  it('refuses more than 1,000 inputs', async () => {
    const inputs = Array.from({ length: 1001 }, (_, index) => ({ id: String(index) }))

    const { status } = await portal.call('POST',
      '/crm/v4/associations/contacts/companies/batch/read', { inputs })

    expect(status).toBe(400)
  })
})
