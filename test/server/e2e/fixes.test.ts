import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FixPreview, FixResult, RecordHealth } from '../../../shared/card-api.ts'
import { listAuditEntries } from '../../../server/db/audit.repository.ts'
import type { DatabaseHandle } from '../../../server/db/connect.ts'
import type { Sandbox } from '../../../server/sandbox/index.ts'
import type { Service } from '../../../server/service.ts'
import { type ServiceOnSandbox, startServiceOnSandbox } from '../../support/service-harness.ts'

describe('one-click fixes from the card against the sandbox', () => {
  const clientSecret = 'e2e-fixes-client-secret-only-here'
  let sandbox: Sandbox
  let database: DatabaseHandle
  let service: Service
  let base: string
  let portalId: number

  let harness: ServiceOnSandbox
  const card = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
    harness.card<T>(method, path, body)
  const record = (type: string, id: string) =>
    card<RecordHealth>('GET', `/card/record?objectType=${type}&objectId=${id}`)

  beforeAll(async () => {
    harness = await startServiceOnSandbox({ clientId: 'e2e-fixes', clientSecret, install: true })
    ;({ sandbox, database, service, base, portalId } = harness)
  })
  afterAll(() => harness.close())

  it('normalizes the email of the seeded contact and shows the finding resolved', async () => {
    const jane = sandbox.store.records('contacts')
      .find((contact) => contact.properties.email === ' Jane.Doe@Example.COM ')
    const id = jane?.id ?? ''
    const before = await record('contacts', id)
    expect(before.status).toBe(200)
    expect(before.body.findings).toContainEqual(expect.objectContaining({
      id: 'invalid:email', fix: 'normalize-email' }))
    expect(before.body.findings).toContainEqual(expect.objectContaining({
      id: 'association:companies', kind: 'association' }))

    const preview = await card<FixPreview>('POST', '/card/fixes/preview', {
      objectType: 'contacts', objectId: id, fix: 'normalize-email', findingId: 'invalid:email' })
    expect(preview.body.changes).toEqual([{ property: 'email', label: 'Email',
      before: ' Jane.Doe@Example.COM ', after: 'jane.doe@example.com' }])
    const apply = { previewId: preview.body.previewId, idempotencyKey: 'jane-email-0001' }
    const first = await card<FixResult>('POST', '/card/fixes/apply', apply)
    const again = await card<FixResult>('POST', '/card/fixes/apply', apply)

    expect(first.body).toEqual({ status: 'applied', objectId: id, errors: [] })
    expect(again.body).toEqual(first.body)
    expect(sandbox.store.find('contacts', id)?.properties.email).toBe('jane.doe@example.com')
    const audit = await listAuditEntries(database.db, portalId, { limit: 100 })
    const writes = audit.filter((entry) => entry.action === 'data.write' &&
      entry.detail.fix === 'normalize-email')
    // Applied once: the second call answered the stored result.
    expect(writes).toHaveLength(1)
    const after = await record('contacts', id)
    expect(after.body.findings.map((finding) => finding.id)).not.toContain('invalid:email')
  })

  it('refuses a preview once the record changed after it', async () => {
    const jane = sandbox.store.records('contacts')
      .find((contact) => contact.properties.email === 'jane.doe@example.com')
    const id = jane?.id ?? ''
    await card('GET', `/card/record?objectType=contacts&objectId=${id}`)
    sandbox.store.update('contacts', id, { firstname: ' n/a ' })
    const preview = await card<FixPreview>('POST', '/card/fixes/preview', {
      objectType: 'contacts', objectId: id, fix: 'clear-placeholder',
      findingId: 'missing:firstname' })
    expect(preview.status).toBe(200)
    sandbox.store.update('contacts', id, { lastname: 'Doe-Smith' })

    const apply = await card<{ code: string }>('POST', '/card/fixes/apply',
      { previewId: preview.body.previewId, idempotencyKey: 'jane-stale-0001' })

    expect(apply.status).toBe(409)
    expect(apply.body.code).toBe('RECORD_CHANGED')
    expect(sandbox.store.find('contacts', id)?.properties.firstname).toBe(' n/a ')
  })

  it('merges two duplicates, follows the new id and forgets the old ones', async () => {
    const pair = (await database.admin.selectFrom('duplicate_groups').select('record_ids')
      .where('object_type', '=', 'contacts').execute())
      .map((row) => row.record_ids).find((ids) => ids.length === 2) ?? []
    expect(pair).toHaveLength(2)
    const [a = '', b = ''] = pair
    const shown = await record('contacts', a)
    expect(shown.body.duplicates.map((duplicate) => duplicate.recordId)).toContain(b)

    const preview = await card<FixPreview>('POST', '/card/fixes/preview',
      { objectType: 'contacts', objectId: a, fix: 'merge', otherId: b })
    expect(preview.body.irreversible).toBe(true)
    const merge = preview.body.merge
    const choice = merge?.choices.find((item) => item.editable &&
      item.secondaryValue !== null && item.property !== 'email')
    // The seeded pairs differ in at least one editable property the person can pick.
    expect(choice).toBeDefined()
    const winners = choice ? { [choice.property]: 'secondary' } : {}
    const result = await card<FixResult>('POST', '/card/fixes/apply',
      { previewId: preview.body.previewId, idempotencyKey: 'merge-pair-0001', winners })

    expect(result.body.status).toBe('applied')
    const newId = result.body.objectId
    expect([a, b]).not.toContain(newId)
    if (choice) {
      expect(sandbox.store.find('contacts', newId)?.properties[choice.property])
        .toBe(choice.secondaryValue)
    }
    for (const old of [a, b]) {
      const reloaded = await record('contacts', old)
      expect(reloaded.body.objectId).toBe(newId)
      const ids = reloaded.body.duplicates.map((duplicate) => duplicate.recordId)
      expect(ids).not.toContain(a)
      expect(ids).not.toContain(b)
    }
  })
})
