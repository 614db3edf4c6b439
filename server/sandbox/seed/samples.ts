import type { SeedContext } from './seed-context.ts'

/** When the demo portal was created; HubSpot adds its sample contacts at that moment. */
export const PORTAL_CREATED_MS = Date.UTC(2021, 0, 4, 15, 12, 7)

/**
 * The two sample contacts every new HubSpot portal holds (fidelity item 25). Their last
 * names carry the "(Sample Contact)" suffix and their emails are on hubspot.com.
 */
export function seedSampleContacts(context: SeedContext): void {
  const samples: Record<string, string>[] = [
    { firstname: 'Maria', lastname: 'Johnson (Sample Contact)',
      email: 'emailmaria@hubspot.com', jobtitle: 'Salesperson', company: 'HubSpot',
      website: 'http://www.HubSpot.com', phone: '555-555-5555', city: 'Cambridge',
      state: 'MA', lifecyclestage: 'lead' },
    { firstname: 'Brian', lastname: 'Halligan (Sample Contact)', email: 'bh@hubspot.com',
      jobtitle: 'CEO', company: 'HubSpot', website: 'http://www.HubSpot.com',
      city: 'Cambridge', state: 'MA', lifecyclestage: 'lead' },
  ]
  samples.forEach((properties, index) => {
    const record = context.create('contacts', { ...properties, hs_object_source: 'CRM_UI',
      hs_object_source_label: 'CRM_UI' }, PORTAL_CREATED_MS + index * 211)
    context.defect('sample-contact', record)
  })
}
