import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FixPreview, FixResult, RecordHealth } from '../../../shared/card-api.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import type { Sandbox } from '../../../server/sandbox/index.ts'
import type { Service } from '../../../server/service.ts'
import { type ServiceOnSandbox, startServiceOnSandbox } from '../../support/service-harness.ts'

describe('associating a contact with the company of its email domain', () => {
  const clientSecret = 'e2e-associate-client-secret-only-here'
  let sandbox: Sandbox
  let database: DatabaseHandle
  let service: Service
  let base: string
  let portalId: number

  let harness: ServiceOnSandbox
  const card = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
    harness.card<T>(method, path, body)
  const record = (id: string) =>
    card<RecordHealth>('GET', `/card/record?objectType=contacts&objectId=${id}`)
  const companyFinding = (health: RecordHealth) =>
    health.findings.find((finding) => finding.id === 'association:companies')
  const companyIds = (contactId: string) =>
    sandbox.store.associations('contacts', contactId, 'companies').map((edge) => edge.toObjectId)

  beforeAll(async () => {
    harness = await startServiceOnSandbox({ clientId: 'e2e-associate', clientSecret,
      install: true })
    ;({ sandbox, database, service, base, portalId } = harness)
  })
  afterAll(() => harness.close())

  it('links the one company whose domain is the email domain, and the finding goes', async () => {
    // Seeded (extras-seed.ts) with no company; test2.com is Globex Sample's domain only.
    const nadia = sandbox.store.records('contacts')
      .find((contact) => contact.properties.email === 'nadia.okafor@test2.com')
    const globex = sandbox.store.records('companies')
      .filter((company) => company.properties.domain === 'test2.com')
    expect(globex).toHaveLength(1)
    const id = nadia?.id ?? ''
    const companyId = globex[0]?.id ?? ''
    expect(companyIds(id)).toEqual([])

    const before = await record(id)
    expect(before.status).toBe(200)
    expect(companyFinding(before.body)).toMatchObject({ kind: 'association',
      fix: 'associate-company-by-domain' })
    const preview = await card<FixPreview>('POST', '/card/fixes/preview', {
      objectType: 'contacts', objectId: id, fix: 'associate-company-by-domain',
      findingId: 'association:companies' })
    expect(preview.status).toBe(200)
    expect(preview.body.changes).toEqual([{ property: 'associations.companies',
      label: 'Company: Globex Sample', before: null, after: companyId }])
    expect(companyIds(id)).toEqual([])

    const applied = await card<FixResult>('POST', '/card/fixes/apply',
      { previewId: preview.body.previewId, idempotencyKey: 'nadia-company-0001' })

    expect(applied.status).toBe(200)
    expect(applied.body).toEqual({ status: 'applied', objectId: id, errors: [] })
    // The fix picks the unlabelled type: 279 from the contact, 280 back from the company.
    expect(sandbox.store.associations('contacts', id, 'companies')).toEqual([{
      toObjectId: companyId, types: [{ category: 'HUBSPOT_DEFINED', typeId: 279, label: null }],
    }])
    expect(sandbox.store.associations('companies', companyId, 'contacts'))
      .toContainEqual({ toObjectId: id,
        types: [{ category: 'HUBSPOT_DEFINED', typeId: 280, label: null }] })
    const after = await record(id)
    expect(companyFinding(after.body)).toBeUndefined()
  })

  it('offers no company fix for a free-mail address, even when a company has that domain',
    async () => {
      // A company claiming gmail.com would match by domain; the free-mail rule must win.
      // Indexed as seed data so search finds it at once, past the sandbox's search lag.
      sandbox.store.insert('companies', { name: 'Gmail Fans Club', domain: 'gmail.com' },
        { seed: true })
      const pat = sandbox.store.insert('contacts', { firstname: 'Pat', lastname: 'Rivera',
        email: 'pat.rivera@gmail.com' })

      const health = await record(pat.id)
      const preview = await card<{ code: string }>('POST', '/card/fixes/preview', {
        objectType: 'contacts', objectId: pat.id, fix: 'associate-company-by-domain',
        findingId: 'association:companies' })

      expect(health.status).toBe(200)
      expect(companyFinding(health.body)).toMatchObject({ kind: 'association', fix: null })
      expect(preview.status).toBe(409)
      expect(preview.body.code).toBe('FIX_NOT_AVAILABLE')
      expect(companyIds(pat.id)).toEqual([])
    })
})
