import type { SandboxRecord, SeedDefectKind } from '../store/types.ts'
import type { SeedContext } from './seed-context.ts'

/** Records typed in by hand over the years, with the mistakes real portals collect. */
const ENTERED_MS = Date.UTC(2024, 1, 20, 10, 0, 0)
const HOUR_MS = 3_600_000

type Defects = readonly (readonly [SeedDefectKind, string])[]

interface MessySpec {
  readonly properties: Record<string, string>
  readonly defects: Defects
}

/** Fidelity item 26: the value shapes seen in a real portal's companies. */
const companies: readonly MessySpec[] = [
  { properties: { name: 'Acme Test Co', domain: 'test1.com', phone: '+1-555-123-4567',
    country: 'United States', state: 'California', city: 'San Francisco',
    industry: 'COMPUTER_SOFTWARE', annualrevenue: '10000' },
  defects: [['shared-domain', 'domain']] },
  { properties: { name: 'Acme Test Company', domain: 'test1.com', phone: '+1234567890',
    country: 'USA', state: 'CA', industry: 'COMPUTER_SOFTWARE', annualrevenue: '5000.00' },
  defects: [['shared-domain', 'domain']] },
  { properties: { name: 'Globex Sample', domain: 'test2.com', phone: '+1 555-1234',
    country: 'United States', state: 'CA', industry: 'Computer Software' },
  defects: [['enum-label-not-value', 'industry'], ['phone-format', 'phone']] },
  { properties: { name: 'Initech Demo', domain: 'test3.com', phone: '+1-555-TEST',
    country: 'USA', state: 'california', industry: 'computer_software',
    trial_end_date: '1970-01-19' },
  defects: [['enum-wrong-case', 'industry'], ['phone-format', 'phone'],
    ['date-in-seconds', 'trial_end_date']] },
  { properties: { name: 'n/a', domain: 'unknown', phone: '-', city: 'asdf' },
  defects: [['placeholder-value', 'name'], ['placeholder-value', 'domain'],
    ['placeholder-value', 'phone'], ['placeholder-value', 'city']] },
]

const contacts: readonly MessySpec[] = [
  { properties: { firstname: 'n/a', lastname: 'unknown', email: 'no-reply@example.org' },
  defects: [['placeholder-value', 'firstname'], ['placeholder-value', 'lastname']] },
  { properties: { firstname: 'test', lastname: 'test', email: 'test@test' },
  defects: [['placeholder-value', 'firstname'], ['placeholder-value', 'lastname'],
    ['invalid-email', 'email']] },
  { properties: { firstname: 'asdf', lastname: '-', email: 'john.doe@' },
  defects: [['placeholder-value', 'firstname'], ['placeholder-value', 'lastname'],
    ['invalid-email', 'email']] },
  { properties: { firstname: 'Jane', lastname: 'Okonjo', email: 'jane at example.com' },
  defects: [['invalid-email', 'email']] },
  { properties: { firstname: 'Mark', lastname: 'Delacroix', email: 'mark@@example.com' },
  defects: [['invalid-email', 'email']] },
  { properties: { firstname: 'Trial', lastname: 'User', email: 'trial.user@mailinator.com' },
  defects: [['disposable-email', 'email']] },
  { properties: { firstname: 'Quinn', lastname: 'Archer', email: 'quinn@yopmail.com' },
  defects: [['disposable-email', 'email']] },
  { properties: { firstname: 'Zed', lastname: 'Moreau', email: 'zed@guerrillamail.com' },
  defects: [['disposable-email', 'email']] },
  { properties: { firstname: 'Lena', lastname: 'Fischer', email: 'lena.fischer@example.com',
    phone: '(312) 555-0100' }, defects: [['phone-format', 'phone']] },
  { properties: { firstname: 'Omar', lastname: 'Haddad', email: 'omar.haddad@example.com',
    phone: '312.555.0199' }, defects: [['phone-format', 'phone']] },
  { properties: { firstname: 'Ruth', lastname: 'Evans', email: 'ruth.evans@example.co.uk',
    phone: '+44 20 7946 0958' }, defects: [['phone-format', 'phone']] },
  { properties: { firstname: 'Ken', lastname: 'Ito', email: 'ken.ito@example.com',
    phone: '1-800-FLOWERS' }, defects: [['phone-format', 'phone']] },
  { properties: { firstname: 'Ana', lastname: 'Silva', email: 'ana.silva@example.com',
    lifecyclestage: 'Lead', hs_lead_status: 'new' },
  defects: [['enum-wrong-case', 'lifecyclestage'], ['enum-wrong-case', 'hs_lead_status']] },
  { properties: { firstname: 'Piotr', lastname: 'Nowak', email: 'piotr.nowak@example.com',
    lifecyclestage: 'Marketing Qualified Lead', hs_lead_status: 'Attempted to Contact' },
  defects: [['enum-label-not-value', 'lifecyclestage'],
    ['enum-label-not-value', 'hs_lead_status']] },
  { properties: { firstname: 'Ines', lastname: 'Moreno', email: 'ines.moreno@example.com',
    trial_end_date: '1970-01-20' }, defects: [['date-in-seconds', 'trial_end_date']] },
  // Fidelity item 1: a number and a boolean set, another boolean never set.
  { properties: { firstname: 'Dana', lastname: 'Whitfield', email: 'dana@example.com',
    nps_score: '17', newsletter_opt_in: 'true', interests: 'analytics;integrations',
    hs_lead_status: '' }, defects: [['empty-string-value', 'hs_lead_status']] },
]

export function seedMessyRecords(context: SeedContext): void {
  const created = (type: string, spec: MessySpec, index: number): SandboxRecord => {
    const owner = context.drawOwner()
    const record = context.create(type, {
      ...spec.properties, hs_object_source: 'CRM_UI', hs_object_source_label: 'CRM_UI',
      ...(owner && { hubspot_owner_id: owner }),
    }, ENTERED_MS + index * 5 * HOUR_MS, index * HOUR_MS)
    for (const [kind, property] of spec.defects) context.defect(kind, record, property)

    return record
  }
  const messyCompanies = companies.map((spec, index) => created('companies', spec, index))
  contacts.forEach((spec, index) => {
    const contact = created('contacts', spec, companies.length + index)
    const company = messyCompanies[index % messyCompanies.length]
    if (company && index % 3 !== 2) context.link(contact, company, { primary: true })
  })
}
