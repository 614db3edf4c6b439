import { beforeEach, describe, expect, it } from 'vitest'

import { type FakeClock, fakeClock, type TestPortal, testPortal } from '../helpers.ts'

/** The per-property results HubSpot embeds as JSON after the message prefix. */
function embedded(message: string): { error: string; name: string; message: string }[] {
  const prefix = 'Property values were not valid: '
  expect(message.startsWith(prefix)).toBe(true)

  return JSON.parse(message.slice(prefix.length))
}

describe('object writes', () => {
  let portal: TestPortal
  let clock: FakeClock
  let contactId: string
  let dealId: string
  const patch = (type: string, id: string, properties: Record<string, unknown>) =>
    portal.call('PATCH', `/crm/v3/objects/${type}/${id}`, { properties })

  beforeEach(async () => {
    clock = fakeClock()
    portal = await testPortal({ seed: 'empty', now: clock.now })
    contactId = portal.sandbox.store.records('contacts')[0]?.id ?? ''
    const deal = await portal.call('POST', '/crm/v3/objects/deals',
      { properties: { dealname: 'Pilot', pipeline: 'default', dealstage: 'qualifiedtobuy',
        hs_next_step: 'Call back' } })
    dealId = deal.body.id
  })

  it('stores numbers and booleans as strings (item 1)', async () => {
    const { status, body } = await patch('contacts', contactId,
      { nps_score: 17, newsletter_opt_in: true })

    expect(status).toBe(200)
    expect(body.properties.nps_score).toBe('17')
    expect(body.properties.newsletter_opt_in).toBe('true')
  })

  it('rejects an enumeration value that is not an exact option value (item 12)', async () => {
    const ticket = await portal.call('POST', '/crm/v3/objects/tickets', { properties: {
      subject: 'Export fails', hs_pipeline: '0', hs_pipeline_stage: '1' } })

    const wrong = await patch('tickets', ticket.body.id, { hs_ticket_category: 'reports' })
    const label = await patch('tickets', ticket.body.id, { hs_ticket_category: 'Product issue' })
    const right = await patch('tickets', ticket.body.id, { hs_ticket_category: 'PRODUCT_ISSUE' })

    expect(wrong.status).toBe(400)
    expect(wrong.body.category).toBe('VALIDATION_ERROR')
    const [result] = embedded(wrong.body.message)
    expect(result).toMatchObject({ error: 'INVALID_OPTION', name: 'hs_ticket_category' })
    expect(result?.message).toContain('PRODUCT_ISSUE')
    expect(wrong.body.errors[0]).toMatchObject({ code: 'INVALID_OPTION',
      context: { propertyName: ['hs_ticket_category'] } })
    expect(label.status).toBe(400)
    expect(right.status).toBe(200)
  })

  it('splits multi-checkbox values on ";" only and checks case (item 12)', async () => {
    const commas = await patch('contacts', contactId, { interests: 'analytics,integrations' })
    const semicolons = await patch('contacts', contactId, { interests: 'analytics;integrations' })
    const capitalTrue = await patch('contacts', contactId, { newsletter_opt_in: 'True' })

    expect(commas.status).toBe(400)
    expect(semicolons.status).toBe(200)
    expect(semicolons.body.properties.interests).toBe('analytics;integrations')
    expect(capitalTrue.status).toBe(400)
    expect(embedded(capitalTrue.body.message)[0]?.error).toBe('INVALID_OPTION')
  })

  it('validates dealstage against the deal\'s own pipeline (items 13, 22)', async () => {
    const otherPipelineStage = await patch('deals', dealId, { dealstage: '258551228' })
    const moved = await patch('deals', dealId, { pipeline: '87654321',
      dealstage: '258551228' })

    expect(otherPipelineStage.status).toBe(400)
    expect(embedded(otherPipelineStage.body.message)[0]?.name).toBe('dealstage')
    expect(moved.status).toBe(200)
  })

  it('takes date values at midnight UTC only and stores them as days (item 14)', async () => {
    const afternoon = await patch('contacts', contactId, { trial_end_date: '1606768561954' })
    const seconds = await patch('contacts', contactId, { trial_end_date: '1635535865' })
    const midnight = await patch('contacts', contactId, { trial_end_date: '1606694400000' })
    const isoDay = await patch('contacts', contactId, { trial_end_date: '2026-03-01' })

    expect(afternoon.status).toBe(400)
    // 1606768561954 ms is 2020-11-30 20:36:01.954 UTC.
    expect(embedded(afternoon.body.message)[0]).toMatchObject({ error: 'INVALID_DATE',
      message: '1606768561954 is at 20:36:01.954 UTC, not midnight!' })
    expect(seconds.status).toBe(400)
    // 1606694400000 ms is 2020-11-30 00:00:00 UTC.
    expect(midnight.body.properties.trial_end_date).toBe('2020-11-30')
    expect(isoDay.body.properties.trial_end_date).toBe('2026-03-01')
  })

  it('takes any instant for datetime properties', async () => {
    const { status, body } = await patch('deals', dealId, { closedate: '1606768561954' })

    expect(status).toBe(200)
    expect(body.properties.closedate).toBe('2020-11-30T20:36:01.954Z')
  })

  it('ignores null and clears with "" (item 15)', async () => {
    const before = portal.sandbox.store.get('deals', dealId)?.properties.hs_lastmodifieddate
    clock.advance(60_000)

    const nulled = await patch('deals', dealId, { hs_next_step: null })
    const afterNull = { ...portal.sandbox.store.get('deals', dealId)?.properties }
    const cleared = await patch('deals', dealId, { hs_next_step: '' })

    expect(nulled.status).toBe(200)
    expect(afterNull.hs_next_step).toBe('Call back')
    expect(afterNull.hs_lastmodifieddate).toBe(before)
    expect(cleared.body.properties.hs_next_step).toBe('')
  })

  it('rejects writes to read-only properties, calculated or not (item 16)', async () => {
    const { status, body } = await patch('contacts', contactId,
      { firstname: 'Maria', hubspotscore: '10', hs_object_id: '1', days_to_close: '3' })

    expect(status).toBe(400)
    const results = embedded(body.message)
    expect(results.map((r) => [r.name, r.error])).toEqual([
      ['hubspotscore', 'READ_ONLY_VALUE'], ['hs_object_id', 'READ_ONLY_VALUE'],
      ['days_to_close', 'READ_ONLY_VALUE']])
    expect(portal.sandbox.store.get('contacts', contactId)?.properties.firstname).toBe('Maria')
  })

  it('refuses a copy that POSTs every returned property back (item 16)', async () => {
    const names = portal.sandbox.store.properties('contacts').map((p) => p.name).join(',')
    const original = await portal.call('GET', `/crm/v3/objects/contacts/${contactId}` +
      `?properties=${names}`)
    const copy = Object.fromEntries(Object.entries(original.body.properties)
      .filter(([name, value]) => value !== null && name !== 'email'))

    const { status, body } = await portal.call('POST', '/crm/v3/objects/contacts',
      { properties: copy })

    expect(status).toBe(400)
    const rejected = embedded(body.message).map((r) => r.name)
    expect(rejected).toContain('hs_object_id')
    expect(rejected).toContain('createdate')
    expect(rejected).not.toContain('firstname')
  })

  it('answers a duplicate email create with 409 and the id inside the message (item 6)',
    async () => {
      const first = await portal.call('POST', '/crm/v3/objects/contacts',
        { properties: { email: 'a@example.com' } })

      const again = await portal.call('POST', '/crm/v3/objects/contacts',
        { properties: { email: 'A@example.com' } })

      expect(first.status).toBe(201)
      expect(again.status).toBe(409)
      expect(again.body).toMatchObject({ category: 'CONFLICT',
        message: `Contact already exists. Existing ID: ${first.body.id}` })
    })

  it('rejects unknown properties on write', async () => {
    const { status, body } = await patch('contacts', contactId, { favourite_colour: 'red' })

    expect(status).toBe(400)
    expect(embedded(body.message)[0]?.error).toBe('PROPERTY_DOESNT_EXIST')
  })

  it('needs a category and a type id for associations on create (item 21)', async () => {
    const bare = await portal.call('POST', '/crm/v3/objects/tickets', { properties: {
      subject: 'x' }, associations: [{ to: { id: contactId }, types: [] }] })
    const typed = await portal.call('POST', '/crm/v3/objects/tickets', { properties: {
      subject: 'y' }, associations: [{ to: { id: contactId }, types: [{
        associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }] }] })

    expect(bare.status).toBe(400)
    expect(bare.body.message).toContain('associationTypeId')
    expect(typed.status).toBe(201)
    expect(portal.sandbox.store.associations('tickets', typed.body.id, 'contacts')
      .map((edge) => edge.toObjectId)).toEqual([contactId])
  })
})
