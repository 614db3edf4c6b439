import { beforeAll, describe, expect, it } from 'vitest'

import { type TestPortal, testPortal } from '../helpers.ts'

interface Property {
  name: string
  type: string
  fieldType: string
  hidden: boolean
  calculated: boolean
  externalOptions: boolean
  hasUniqueValue: boolean
  hubspotDefined: boolean
  archived?: boolean
  options: { value: string }[]
  modificationMetadata: { readOnlyValue: boolean }
}

describe('properties', () => {
  let portal: TestPortal
  const properties = async (type: string, query = '') =>
    (await portal.call('GET', `/crm/v3/properties/${type}${query}`)).body.results as Property[]

  beforeAll(async () => {
    portal = await testPortal({ seed: 'empty' })
  })

  it('describes companies like a real portal (item 17)', async () => {
    const all = await properties('companies')
    const count = (test: (p: Property) => boolean) => all.filter(test).length

    expect(all).toHaveLength(247)
    expect(count((p) => p.hubspotDefined)).toBe(245)
    expect(count((p) => p.hidden)).toBe(88)
    expect(count((p) => p.modificationMetadata.readOnlyValue)).toBe(182)
    expect(count((p) => p.modificationMetadata.readOnlyValue && p.calculated)).toBe(6)
    expect(count((p) => p.calculated)).toBe(6)
    expect(count((p) => p.externalOptions)).toBe(22)
    expect(count((p) => p.type === 'enumeration' && p.options.length === 0)).toBe(19)
    expect(count((p) => p.hasUniqueValue)).toBe(1)
    expect(new Set(all.map((p) => p.type))).toEqual(new Set(['bool', 'datetime', 'date',
      'enumeration', 'number', 'string', 'object_coordinates']))
    const fieldTypes = new Set(all.map((p) => p.fieldType))
    for (const fieldType of ['phonenumber', 'calculation_read_time', 'calculation_rollup']) {
      expect(fieldTypes.has(fieldType)).toBe(true)
    }
    expect(count((p) => p.type === 'datetime' && p.fieldType === 'text')).toBeGreaterThan(0)
    for (const name of ['hs_merged_object_ids', 'hs_all_owner_ids', 'hs_additional_domains',
      'hs_pipeline']) {
      expect(all.find((p) => p.name === name)?.options).toEqual([])
    }
  })

  it('lists archived properties only with archived=true', async () => {
    const archived = await properties('companies', '?archived=true')

    expect(archived.map((p) => p.name).sort()).toEqual(['fax_number',
      'hs_legacy_company_score', 'old_account_tier'])
    expect(archived.every((p) => p.archived === true)).toBe(true)
  })

  it('keeps deal stage, pipeline, owner and currency options elsewhere (item 13)', async () => {
    const deals = await properties('deals')
    const byName = (name: string) => deals.find((p) => p.name === name)

    for (const name of ['dealstage', 'pipeline', 'hubspot_owner_id', 'deal_currency_code']) {
      expect(byName(name)).toMatchObject({ externalOptions: true, options: [] })
    }
  })

  it('shows the sandbox-only cluster id as a hidden custom company property', async () => {
    const cluster = (await properties('companies')).find((p) =>
      p.name === 'pp_sandbox_cluster_id')

    expect(cluster).toMatchObject({ hidden: true, hubspotDefined: false, type: 'string' })
  })

  it('serves contacts and deals with realistic shapes too', async () => {
    const contacts = await properties('contacts')
    const hubspotscore = contacts.find((p) => p.name === 'hubspotscore')

    expect(contacts.length).toBeGreaterThan(150)
    expect(hubspotscore).toMatchObject({ calculated: false,
      modificationMetadata: { readOnlyValue: true } })
    expect((await properties('deals')).length).toBeGreaterThan(100)
    expect((await properties('0-1')).length).toBe(contacts.length)
  })
})

describe('pipelines', () => {
  it('returns stages per pipeline with string metadata and both id styles (item 22)',
    async () => {
      const portal = await testPortal({ seed: 'empty' })

      const { body } = await portal.call('GET', '/crm/pipelines/2026-03/deals')

      const [sales, renewals] = body.results
      expect(sales.id).toBe('default')
      expect(sales.stages.map((s: { id: string }) => s.id)).toEqual(['appointmentscheduled',
        'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent',
        'closedwon', 'closedlost'])
      const won = sales.stages.find((s: { id: string }) => s.id === 'closedwon')
      expect(won.metadata).toEqual({ isClosed: 'true', probability: '1.0' })
      expect(won.label).not.toBe('Closed Won')
      expect(sales.createdAt).toBe('1970-01-01T00:00:00Z')
      expect(renewals.stages.every((s: { id: string }) => /^\d+$/.test(s.id))).toBe(true)
      expect(renewals.stages.filter((s: { archived: boolean }) => s.archived)).toHaveLength(1)
    })
})

describe('account details', () => {
  it('answers on the v3 path and the 2026-03 twin', async () => {
    const portal = await testPortal({ seed: 'empty' })

    const v3 = await portal.call('GET', '/account-info/v3/details')
    const dated = await portal.call('GET', '/account-info/2026-03/details')

    expect(v3.body).toEqual(dated.body)
    expect(v3.body).toMatchObject({ portalId: portal.sandbox.portalId, companyCurrency: 'USD',
      dataHostingLocation: 'na1' })
  })
})
