import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { FixPreview, RecordHealth } from '../../../../shared/card-api.ts'
import type { CrmRecord } from '../../../../shared/crm.ts'
import type { DatabaseHandle } from '../../../../server/db/connect.ts'
import type { HubSpotGateway } from '../../../../server/hubspot/gateway.ts'
import type { CardDeps } from '../../../../server/routes/card/card-deps.ts'
import { TEST_SECRETS } from '../../../support/config.ts'
import { createTestDatabase } from '../../../support/database.ts'
import { meta } from '../../fixes/schema.ts'
import { createTestApp, PORTAL_A, PORTAL_B, signedRequest } from '../app-fixture.ts'

/** One contact in memory, written by updateRecord, as HubSpot would hold it. */
function fakeGateway(contact: { id: string; properties: Record<string, string> }) {
  const writes: Record<string, string>[] = []
  const gateway: Partial<HubSpotGateway> = {
    properties: async () => [meta('email'), meta('firstname'), meta('lastname'),
      meta('lastmodifieddate', { readOnlyValue: true })],
    readRecord: async (_type, id): Promise<CrmRecord | null> => id === contact.id
      ? { id, properties: { ...contact.properties }, associations: { companies: ['77'] } }
      : null,
    updateRecord: async (_type, _id, values) => {
      writes.push({ ...values })
      Object.assign(contact.properties, values, { lastmodifieddate: '2026-01-02' })
    },
    batchRead: async () => [],
  }

  return { gateway: gateway as HubSpotGateway, writes }
}

describe('record and fix card routes', () => {
  let handle: DatabaseHandle
  let contact: { id: string; properties: Record<string, string> }
  let fake: ReturnType<typeof fakeGateway>
  const queued: number[] = []
  const audited: unknown[] = []

  const app = (now = Date.now) => {
    const card: CardDeps = { gatewayFor: () => fake.gateway, defaultCountry: 'US',
      previewSecret: TEST_SECRETS.SESSION_SECRET, queueScan: (id) => queued.push(id),
      audit: async (entry) => {
        audited.push(entry)
      }, now }

    return createTestApp({ handle, deps: { card } })
  }
  const post = (url: string, body: unknown, portalId = PORTAL_A.portalId) =>
    signedRequest({ method: 'POST', url, portalId, userId: PORTAL_A.userId,
      body: JSON.stringify(body) })
  const previewBody = { objectType: 'contacts', objectId: '501', fix: 'normalize-email',
    findingId: 'invalid:email' }

  beforeEach(async () => {
    handle = await createTestDatabase()
    contact = { id: '501', properties: { email: 'Jo@Example.com ', firstname: 'Jo',
      lastname: 'Lee', lastmodifieddate: '2026-01-01' } }
    fake = fakeGateway(contact)
    queued.length = 0
    audited.length = 0
  })
  afterEach(() => handle.close())

  it('answers the findings of a record for a valid signature', async () => {
    const reply = await (await app()).inject(signedRequest({
      url: '/card/record?objectType=contacts&objectId=501', portalId: PORTAL_A.portalId }))

    expect(reply.statusCode).toBe(200)
    const body = reply.json<RecordHealth>()
    expect(body).toMatchObject({ objectId: '501', lastModified: '2026-01-01',
      duplicates: [] })
    // No phone and no lifecycle stage in the fake record: the contact fill rules miss them.
    expect(body.findings.map((finding) => finding.id)).toEqual(['missing:phone',
      'missing:lifecyclestage', 'invalid:email'])
  })

  it('refuses an unknown object type with 400', async () => {
    const reply = await (await app()).inject(signedRequest({
      url: '/card/record?objectType=tickets&objectId=1', portalId: PORTAL_A.portalId }))

    expect(reply.statusCode).toBe(400)
  })

  it('queues a scan of the signed portal', async () => {
    const reply = await (await app()).inject(post('/card/scans', {}))

    expect(reply.statusCode).toBe(202)
    expect(queued).toEqual([PORTAL_A.portalId])
  })

  it('applies a previewed fix once per idempotency key', async () => {
    const service = await app()
    const preview = (await service.inject(post('/card/fixes/preview', previewBody)))
      .json<FixPreview>()
    const apply = { previewId: preview.previewId, idempotencyKey: 'key-000001' }

    const first = await service.inject(post('/card/fixes/apply', apply))
    const second = await service.inject(post('/card/fixes/apply', apply))

    expect(first.json()).toEqual({ status: 'applied', objectId: '501', errors: [] })
    expect(second.json()).toEqual(first.json())
    expect(fake.writes).toEqual([{ email: 'jo@example.com' }])
    expect(audited).toEqual([expect.objectContaining({ action: 'data.write',
      outcome: 'success', detail: { fix: 'normalize-email', objectType: 'contacts',
        objectId: '501', resultId: '501' } })])
  })

  it('reports a write HubSpot ignored as failed, never as applied', async () => {
    fake.gateway.updateRecord = async () => {}
    const service = await app()
    const preview = (await service.inject(post('/card/fixes/preview', previewBody)))
      .json<FixPreview>()

    const reply = await service.inject(post('/card/fixes/apply',
      { previewId: preview.previewId, idempotencyKey: 'key-000002' }))

    expect(reply.json()).toMatchObject({ status: 'failed',
      errors: [{ property: 'email', code: 'NOT_APPLIED' }] })
  })

  it('keeps and audits a change HubSpot took but that could not be checked', async () => {
    const read = fake.gateway.readRecord
    const service = await app()
    const preview = (await service.inject(post('/card/fixes/preview', previewBody)))
      .json<FixPreview>()
    const apply = { previewId: preview.previewId, idempotencyKey: 'key-000003' }
    // The write goes through; the read that should confirm it fails.
    fake.gateway.updateRecord = async (type, id, values) => {
      fake.writes.push({ ...values })
      fake.gateway.readRecord = async () => {
        throw new Error('connection reset')
      }
    }

    const first = await service.inject(post('/card/fixes/apply', apply))
    fake.gateway.readRecord = read
    const retry = await service.inject(post('/card/fixes/apply', apply))

    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ status: 'failed', objectId: '501' })
    expect(retry.json()).toEqual(first.json())
    expect(fake.writes).toHaveLength(1)
    expect(audited).toEqual([expect.objectContaining({ action: 'data.write',
      outcome: 'failure' })])
  })

  it('refuses an expired, forged or other portal preview', async () => {
    let nowMs = Date.now()
    const service = await app(() => nowMs)
    const preview = (await service.inject(post('/card/fixes/preview', previewBody)))
      .json<FixPreview>()
    const forged = `${preview.previewId.slice(0, -2)}xx`

    const wrongPortal = await service.inject(post('/card/fixes/apply',
      { previewId: preview.previewId, idempotencyKey: 'key-000003' }, PORTAL_B.portalId))
    const bad = await service.inject(post('/card/fixes/apply',
      { previewId: forged, idempotencyKey: 'key-000004' }))
    nowMs += 11 * 60 * 1000
    const late = await service.inject(post('/card/fixes/apply',
      { previewId: preview.previewId, idempotencyKey: 'key-000005' }))

    expect([wrongPortal.json().code, bad.json().code, late.json().code])
      .toEqual(['PREVIEW_INVALID', 'PREVIEW_INVALID', 'PREVIEW_EXPIRED'])
    expect(fake.writes).toEqual([])
  })

  it('refuses the same key for another preview', async () => {
    const service = await app()
    const preview = (await service.inject(post('/card/fixes/preview', previewBody)))
      .json<FixPreview>()
    await service.inject(post('/card/fixes/apply',
      { previewId: preview.previewId, idempotencyKey: 'key-000006' }))
    contact.properties.email = 'Other@Example.com'
    const next = (await service.inject(post('/card/fixes/preview', previewBody)))
      .json<FixPreview>()

    const reply = await service.inject(post('/card/fixes/apply',
      { previewId: next.previewId, idempotencyKey: 'key-000006' }))

    expect(reply.statusCode).toBe(422)
    expect(reply.json().code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})
