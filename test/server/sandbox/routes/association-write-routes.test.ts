import { beforeAll, describe, expect, it } from 'vitest'

import { type TestPortal, testPortal } from '../helpers.ts'

describe('association labels and association create (v4)', () => {
  let portal: TestPortal
  let contactId: string
  let companyId: string
  let ticketId: string

  const contactByEmail = (email: string) => portal.sandbox.store.records('contacts')
    .find((contact) => contact.properties.email === email)?.id ?? ''
  const linked = (from: string, id: string, to: string) =>
    portal.sandbox.store.associations(from, id, to)

  beforeAll(async () => {
    portal = await testPortal()
    // Hand-typed contacts seeded without any company: every edge below is one a test made.
    contactId = contactByEmail('lena.fischer@example.com')
    companyId = portal.sandbox.store.records('companies')
      .find((company) => company.properties.name === 'Globex Sample')?.id ?? ''
    ticketId = portal.sandbox.store.records('tickets')[0]?.id ?? ''
  })

  it('lists the types between two objects with category, id and label', async () => {
    const v4 = await portal.call('GET', '/crm/v4/associations/contacts/companies/labels')
    const dated = await portal.call('GET',
      '/crm/associations/2026-03/tickets/contacts/labels')

    expect(v4.status).toBe(200)
    // Contact -> company: HubSpot's primary (1) and unlabelled (279) types, then the
    // portal's two custom labels as seen from the contact side (association-types.ts).
    expect(v4.body.results).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
      { category: 'HUBSPOT_DEFINED', typeId: 279, label: null },
      { category: 'USER_DEFINED', typeId: 9, label: 'Site director' },
      { category: 'USER_DEFINED', typeId: 11, label: 'Executive director' },
    ])
    // Ticket -> contact has only the unlabelled type 16.
    expect(dated.body.results).toEqual([{ category: 'HUBSPOT_DEFINED', typeId: 16,
      label: null }])
  })

  it('creates the association both ways and answers 201', async () => {
    const { status, body } = await portal.call('PUT',
      `/crm/v4/objects/contacts/${contactId}/associations/companies/${companyId}`,
      [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }])

    expect(status).toBe(201)
    expect(body).toEqual({ fromObjectTypeId: '0-1', fromObjectId: Number(contactId),
      toObjectTypeId: '0-2', toObjectId: Number(companyId), labels: [] })
    expect(linked('contacts', contactId, 'companies')).toEqual([{ toObjectId: companyId,
      types: [{ category: 'HUBSPOT_DEFINED', typeId: 279, label: null }] }])
    // The company side holds the inverse unlabelled type, 280.
    expect(linked('companies', companyId, 'contacts')).toContainEqual({
      toObjectId: contactId, types: [{ category: 'HUBSPOT_DEFINED', typeId: 280, label: null }] })
  })

  it('adds a custom label on the 2026-03 path with its inverse label id', async () => {
    const other = contactByEmail('ken.ito@example.com')
    const { status, body } = await portal.call('PUT',
      `/crm/objects/2026-03/contacts/${other}/associations/companies/${companyId}`,
      [{ associationCategory: 'USER_DEFINED', associationTypeId: 9 }])

    expect(status).toBe(201)
    expect(body.labels).toEqual(['Site director'])
    // Site director is 9 from the contact, 10 from the company.
    expect(linked('companies', companyId, 'contacts')).toContainEqual({ toObjectId: other,
      types: [{ category: 'USER_DEFINED', typeId: 10, label: 'Site director' }] })
  })

  it('refuses a type name, a missing field or a wrong category with 400 (item 21)', async () => {
    const contact = contactByEmail('ines.moreno@example.com')
    const ticketPath = `/crm/v4/objects/tickets/${ticketId}/associations/contacts/${contact}`
    const contactPath = `/crm/v4/objects/contacts/${contact}/associations/companies/${companyId}`
    const replies = [
      await portal.call('PUT', ticketPath,
        [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 'ticket_to_contact' }]),
      await portal.call('PUT', ticketPath, [{ associationTypeId: 16 }]),
      await portal.call('PUT', ticketPath, { types: 'ticket_to_contact' }),
      // 9 is a custom label: it is USER_DEFINED, never HUBSPOT_DEFINED.
      await portal.call('PUT', contactPath,
        [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 9 }]),
      // 279 is contact -> company, not ticket -> contact.
      await portal.call('PUT', ticketPath,
        [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }]),
    ]

    expect(replies.map((reply) => reply.status)).toEqual([400, 400, 400, 400, 400])
    expect(replies.map((reply) => reply.body.category)).toEqual(Array(5).fill('VALIDATION_ERROR'))
    expect(replies[0]?.body.message).toMatch(/associationCategory and associationTypeId/)
    expect(linked('tickets', ticketId, 'contacts').map((edge) => edge.toObjectId))
      .not.toContain(contact)
    expect(linked('contacts', contact, 'companies')).toEqual([])
  })

  it('answers 404 when either record is missing or archived', async () => {
    const archived = portal.sandbox.store.records('companies')
      .find((company) => company.archived)?.id ?? ''
    const body = [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }]
    const missingFrom = await portal.call('PUT',
      `/crm/v4/objects/contacts/99999999/associations/companies/${companyId}`, body)
    const missingTo = await portal.call('PUT',
      `/crm/v4/objects/contacts/${contactId}/associations/companies/${archived}`, body)

    expect([missingFrom.status, missingTo.status]).toEqual([404, 404])
    expect(missingTo.body.category).toBe('OBJECT_NOT_FOUND')
  })

  it('needs the write scope of the object written from', async () => {
    const readOnly = portal.sandbox.createPrivateAppToken(['crm.objects.contacts.read',
      'crm.objects.companies.read'])
    const other = contactByEmail('john.doe@')
    const write = await portal.call('PUT',
      `/crm/v4/objects/contacts/${other}/associations/companies/${companyId}`,
      [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }], readOnly)
    const labels = await portal.call('GET', '/crm/v4/associations/contacts/companies/labels',
      undefined, readOnly)

    expect(write.status).toBe(403)
    expect(write.body.category).toBe('MISSING_SCOPES')
    expect(linked('contacts', other, 'companies')).toEqual([])
    expect(labels.status).toBe(200)
  })
})
