import { beforeAll, describe, expect, it } from 'vitest'

import { type TestPortal, testPortal } from '../helpers.ts'

describe('batch read and update', () => {
  let portal: TestPortal
  let ids: string[]

  beforeAll(async () => {
    portal = await testPortal()
    ids = portal.sandbox.store.records('companies').slice(0, 3).map((record) => record.id)
  })

  it('reads the asked properties and answers 207 with the missing ids', async () => {
    const { status, body } = await portal.call('POST', '/crm/v3/objects/companies/batch/read', {
      inputs: [...ids.map((id) => ({ id })), { id: '999' }, { id: '998' }],
      properties: ['name', 'pp_sandbox_cluster_id', 'unknown_thing'],
    })

    expect(status).toBe(207)
    expect(body.status).toBe('COMPLETE')
    expect(body.results.map((r: { id: string }) => r.id)).toEqual(ids)
    expect(body.results[0].properties).toEqual({
      name: portal.sandbox.store.get('companies', ids[0] as string)?.properties.name,
      pp_sandbox_cluster_id: '27',
    })
    expect(body.numErrors).toBe(1)
    expect(body.errors[0]).toMatchObject({ category: 'OBJECT_NOT_FOUND',
      context: { ids: ['999', '998'] } })
  })

  it('answers 200 without errors when every id exists', async () => {
    const { status, body } = await portal.call('POST', '/crm/v3/objects/companies/batch/read',
      { inputs: ids.map((id) => ({ id })), properties: ['name'] })

    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it('refuses more than 100 inputs', async () => {
    const inputs = Array.from({ length: 101 }, (_, index) => ({ id: String(index) }))

    const read = await portal.call('POST', '/crm/v3/objects/companies/batch/read', { inputs })
    const update = await portal.call('POST', '/crm/v3/objects/companies/batch/update',
      { inputs: inputs.map((input) => ({ ...input, properties: { name: 'x' } })) })

    expect(read.status).toBe(400)
    expect(update.status).toBe(400)
  })

  it('updates every input, or none when one value is invalid', async () => {
    const [a, b] = ids as [string, string]
    const good = await portal.call('POST', '/crm/v3/objects/companies/batch/update', {
      inputs: [{ id: a, properties: { industry: 'EDUCATION_MANAGEMENT' } },
        { id: b, properties: { industry: 'HIGHER_EDUCATION' } }],
    })
    const bad = await portal.call('POST', '/crm/v3/objects/companies/batch/update', {
      inputs: [{ id: a, properties: { industry: 'RETAIL' } },
        { id: b, properties: { industry: 'Retail' } }],
    })

    expect(good.status).toBe(200)
    expect(good.body.results.map((r: { properties: { industry: string } }) =>
      r.properties.industry)).toEqual(['EDUCATION_MANAGEMENT', 'HIGHER_EDUCATION'])
    expect(bad.status).toBe(400)
    expect(portal.sandbox.store.get('companies', a)?.properties.industry)
      .toBe('EDUCATION_MANAGEMENT')
  })
})
