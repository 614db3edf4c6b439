import type { SandboxRecord } from '../store/types.ts'
import type { SeedContext } from './seed-context.ts'

const DAY_MS = 86_400_000
const SUPPORT_MS = Date.UTC(2025, 3, 1, 9, 0, 0)

/** Deleted records: only `archived=true` lists them, GET by id without it answers 404. */
export function seedArchived(context: SeedContext): void {
  const archivedAtMs = Date.UTC(2024, 8, 30, 12, 0, 0)
  const companies: Record<string, string>[] = [
    { name: 'Old Vendor LLC', domain: 'oldvendor.example', city: 'Chicago' },
    { name: 'Duplicate Import Row', domain: 'dup-import.example' },
  ]
  for (const [index, properties] of companies.entries()) {
    const record = context.create('companies', properties,
      Date.UTC(2022, 0, 10 + index, 9, 0, 0))
    context.store.archive('companies', record.id, { atMs: archivedAtMs, seed: true })
  }
  const contact = context.create('contacts', { firstname: 'Former', lastname: 'Employee',
    email: 'former.employee@example.com' }, Date.UTC(2022, 0, 12, 9, 0, 0))
  context.store.archive('contacts', contact.id, { atMs: archivedAtMs, seed: true })
}

/** A handful of support tickets so the ticket enumeration (fidelity item 12) has data. */
export function seedTickets(context: SeedContext, requesters: readonly SandboxRecord[]): void {
  const tickets = [
    ['Cannot export report', 'PRODUCT_ISSUE', 'HIGH', '1'],
    ['Invoice shows the wrong VAT', 'BILLING_ISSUE', 'MEDIUM', '3'],
    ['Please add a Spanish UI', 'FEATURE_REQUEST', 'LOW', '2'],
    ['How do I merge two companies?', 'GENERAL_INQUIRY', 'LOW', '4'],
    ['Login loop on mobile', 'PRODUCT_ISSUE', 'URGENT', '1'],
    ['Refund for duplicate charge', 'BILLING_ISSUE', 'HIGH', '4'],
  ] as const
  tickets.forEach(([subject, category, priority, stage], index) => {
    const ticket = context.create('tickets', {
      subject, content: `${subject}.`, hs_ticket_category: category,
      hs_ticket_priority: priority, hs_pipeline: '0', hs_pipeline_stage: stage,
      source_type: index % 2 === 0 ? 'EMAIL' : 'CHAT', hubspot_owner_id: '61001005',
    }, SUPPORT_MS + index * DAY_MS, DAY_MS)
    const requester = requesters[index % Math.max(requesters.length, 1)]
    if (requester) context.link(ticket, requester)
  })
}

/** Records of the custom object `brand` (fidelity item 23). */
export function seedBrands(context: SeedContext, brandType: string): void {
  const brands = [['PortalPilot Kids', 'high', '2024-01-15'], ['Little Steps', 'medium',
    '2024-06-01'], ['Bright Start', 'low', '2025-02-01']] as const
  brands.forEach(([brand_name, brand_tier, launch_date], index) => {
    context.create(brandType, { brand_name, brand_tier, launch_date },
      Date.UTC(2024, 0, 2 + index, 12, 0, 0))
  })
}

/**
 * Records the card fixes are tried on (issue #4): a contact whose email carries spaces and
 * capitals and who belongs to no company, and one with no company whose email domain is the
 * domain of exactly one company (Globex Sample, test2.com, in messy-seed.ts).
 */
export function seedCardFixes(context: SeedContext): void {
  context.create('contacts', { firstname: 'Jane', lastname: 'Doe',
    email: ' Jane.Doe@Example.COM ', lifecyclestage: 'lead' },
  Date.UTC(2025, 4, 2, 10, 0, 0))
  context.create('contacts', { firstname: 'Nadia', lastname: 'Okafor',
    email: 'nadia.okafor@test2.com', lifecyclestage: 'lead' },
  Date.UTC(2025, 4, 3, 10, 0, 0))
}
