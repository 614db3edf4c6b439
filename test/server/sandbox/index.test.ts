import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../../../server/sandbox/index.ts'
import { json } from './helpers.ts'

describe('createSandbox', () => {
  let sandbox: Sandbox
  let baseUrl: string
  let token: string

  beforeAll(async () => {
    sandbox = await createSandbox({ requestsPerTenSeconds: 10_000 })
    baseUrl = await sandbox.listen(0)
    token = sandbox.createPrivateAppToken()
  })
  afterAll(() => sandbox.close())

  it('binds a random loopback port and reports the fixed 8-digit portal id', async () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(String(sandbox.portalId)).toMatch(/^\d{8}$/)

    const reply = await fetch(`${baseUrl}/account-info/v3/details`, {
      headers: { authorization: `Bearer ${token}` },
    })

    expect(reply.status).toBe(200)
    expect((await json(reply)).portalId).toBe(sandbox.portalId)
  })

  it('counts every request in stats, refused ones included', async () => {
    const before = sandbox.stats.requests

    await fetch(`${baseUrl}/crm/v3/owners`)
    await fetch(`${baseUrl}/crm/v3/owners`, { headers: { authorization: `Bearer ${token}` } })

    expect(sandbox.stats.requests - before).toBe(2)
  })

  it('reads every company through the list endpoint, 100 per page', async () => {
    const properties = ['name', 'address', 'zip', 'phone', 'website', 'city', 'domain',
      'pp_sandbox_cluster_id']
    const seen = new Map<string, Record<string, string | null>>()
    let after: string | undefined
    let pages = 0
    do {
      const url = new URL(`${baseUrl}/crm/objects/2026-03/companies`)
      url.searchParams.set('limit', '100')
      url.searchParams.set('properties', properties.join(','))
      if (after) url.searchParams.set('after', after)
      const reply = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
      expect(reply.status).toBe(200)
      const page = await json(reply)
      expect(page.total).toBeUndefined()
      for (const record of page.results) seen.set(record.id, record.properties)
      after = page.paging?.next?.after
      pages += 1
    } while (after)

    // 3,337 Chicago rows + the CPS district + 10 Salesforce + 5 hand-typed companies.
    expect(seen.size).toBe(3353)
    expect(pages).toBe(34)
    const stored = sandbox.store.records('companies')
    expect(stored).toHaveLength(3353)
    for (const record of stored) {
      expect(seen.get(record.id)?.pp_sandbox_cluster_id ?? undefined)
        .toBe(record.properties.pp_sandbox_cluster_id)
    }
  })

  it('seeds only the defaults and the two sample contacts with seed "empty"', async () => {
    const empty = await createSandbox({ seed: 'empty' })

    expect(empty.store.count('companies')).toBe(0)
    expect(empty.store.count('deals')).toBe(0)
    expect(empty.store.records('contacts').map((c) => c.properties.email))
      .toEqual(['emailmaria@hubspot.com', 'bh@hubspot.com'])
    expect(empty.store.properties('companies')).toHaveLength(247)
    expect(empty.store.pipelines('deals')).toHaveLength(2)
    expect(empty.store.owners().length).toBeGreaterThan(0)
  })
})
