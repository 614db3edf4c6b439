import { USER_LABELS } from '../store/association-types.ts'
import type { AssociationType, SandboxRecord } from '../store/types.ts'
import { chicagoCompanyProperties, readChicagoRows } from './chicago.ts'
import { chicagoPeople, type ChicagoPerson } from './chicago-people.ts'
import type { SeedContext } from './seed-context.ts'

/** The Chicago file was imported in one go on this day; records are ~37 ms apart. */
const IMPORTED_MS = Date.UTC(2023, 2, 14, 15, 0, 0)
const IMPORT_ID = '38912045'
const DAY_MS = 86_400_000

const userLabel = (typeId: number, label: string): AssociationType =>
  ({ category: 'USER_DEFINED', typeId, label })

const importSource = {
  hs_object_source: 'IMPORT', hs_object_source_label: 'IMPORT', hs_object_source_id: IMPORT_ID,
  hs_was_imported: 'true',
}

const isCps = (row: Readonly<Record<string, string>>) =>
  /chicago public schools/i.test(`${row['Funded Enrollment'] ?? ''} ${row.Agency ?? ''}`)

/**
 * Every Chicago row becomes a company; its director (and executive director when someone
 * else) becomes a contact associated with it, labelled with the role. The same person at
 * several sites is several contacts. One extra company, the Chicago Public Schools district
 * office, is associated with the people of every CPS site (381 contacts, fidelity item 20).
 */
export function seedChicago(context: SeedContext): void {
  const rows = readChicagoRows()
  const cpsPeople: SandboxRecord[] = []
  let tick = 0
  const nextMs = () => IMPORTED_MS + 37 * tick++
  for (const row of rows) {
    const owner = context.drawOwner()
    const company = context.create('companies', {
      ...chicagoCompanyProperties(row), ...importSource,
      ...(owner && { hubspot_owner_id: owner }),
    }, nextMs(), context.random.int(900) * DAY_MS)
    for (const person of chicagoPeople(row)) {
      const contact = createPerson(context, person, company, nextMs())
      if (isCps(row)) cpsPeople.push(contact)
    }
  }
  const district = context.create('companies', {
    name: 'Chicago Public Schools', domain: 'cps.edu', website: 'https://www.cps.edu',
    city: 'Chicago', state: 'IL', country: 'United States', phone: '(773) 553-1000',
    industry: 'PRIMARY_SECONDARY_EDUCATION', lifecyclestage: 'customer',
    hubspot_owner_id: '61001002', hs_object_source: 'CRM_UI', hs_object_source_label: 'CRM_UI',
  }, IMPORTED_MS + 7 * DAY_MS, 40 * DAY_MS)
  for (const contact of cpsPeople) context.link(contact, district)
}

function createPerson(context: SeedContext, person: ChicagoPerson, company: SandboxRecord,
  createdAtMs: number): SandboxRecord {
  const sameOwner = context.random.next() < 0.8
  const owner = sameOwner ? company.properties.hubspot_owner_id : context.drawOwner()
  const contact = context.create('contacts', {
    ...(person.firstname && { firstname: person.firstname }),
    ...(person.lastname && { lastname: person.lastname }),
    ...(person.email && { email: person.email }),
    ...importSource,
    ...(owner && { hubspot_owner_id: owner }),
  }, createdAtMs, context.random.int(600) * DAY_MS)
  const labels = person.role === 'director' ? USER_LABELS.siteDirector
    : USER_LABELS.executiveDirector
  context.link(contact, company, {
    primary: true,
    label: userLabel(labels.fromContact, labels.label),
    inverseLabel: userLabel(labels.fromCompany, labels.label),
  })

  return contact
}
