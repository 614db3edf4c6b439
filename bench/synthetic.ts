/**
 * A deterministic generator of CRM records as HubSpot sends them (string values, nulls,
 * absent keys, the usual mess), with matching property schemas, pipelines and owners.
 * Record `i` of a type depends only on (seed, type, i), so records can be streamed in any
 * chunking without holding them all.
 */
import type {
  CrmRecord,
  ObjectType,
  Owner,
  Pipeline,
  PropertyMeta,
  PropertyOption,
} from '../shared/crm.ts'
import { seededRandom } from '../server/random.ts'

function seedOf(seed: number, type: ObjectType, index: number): number {
  const salt = type === 'contacts' ? 0x1f3d : type === 'companies' ? 0x2e4c : 0x3b5a

  return Math.imul(seed ^ salt, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)
}

type Rng = () => number

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
const chance = (rng: Rng, share: number): boolean => rng() < share
const digits = (rng: Rng, count: number): string => {
  let text = ''
  for (let i = 0; i < count; i++) text += Math.floor(rng() * 10)

  return text
}

const FIRST = ['Maria', 'James', 'Aisha', 'Wei', 'Olga', 'Pedro', 'Fatima', 'John', 'Emma',
  'Liam', 'Noah', 'Sofia', 'Mateo', 'Chloe', 'Yuki', 'Amara', 'Lucas', 'Ines', 'Omar', 'Nina']
const LAST = ['Johnson', 'Smith', 'Garcia', 'Chen', 'Müller', 'Okafor', 'Rossi', 'Novak',
  'Dubois', 'Kim', 'Patel', 'Silva', 'Brown', 'Nguyen', 'Kowalski', 'Haddad', 'Larsen']
const WORDS = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli',
  'Vandelay', 'Soylent', 'Tyrell', 'Cyberdyne', 'Aperture', 'Wonka', 'Gringotts', 'Oscorp']
const SUFFIXES = ['Inc', 'LLC', 'GmbH', 'Ltd', 'Group', 'Labs', 'Partners', 'Systems']
const TLDS = ['com', 'com', 'com', 'io', 'co.uk', 'de', 'net', 'org', 'fr']
const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com']
const CITIES = ['Chicago', 'New York', 'Austin', 'London', 'Berlin', 'Paris', 'Toronto']
const COUNTRIES = ['United States', 'United States', 'USA', 'United Kingdom', 'Germany',
  'France', 'Canada']
const AREA_CODES = ['312', '773', '212', '646', '415', '617', '206', '512', '303', '404']
const TITLES = ['Sales Manager', 'CEO', 'Head of Marketing', 'Engineer', 'Buyer', 'CFO']

function option(value: string, label: string, hidden = false): PropertyOption {
  return { value, label, hidden }
}

const LIFECYCLE = [
  option('subscriber', 'Subscriber'), option('lead', 'Lead'),
  option('marketingqualifiedlead', 'Marketing Qualified Lead'),
  option('salesqualifiedlead', 'Sales Qualified Lead'), option('opportunity', 'Opportunity'),
  option('customer', 'Customer'), option('evangelist', 'Evangelist', true),
]
const LEAD_STATUS = [option('NEW', 'New'), option('OPEN', 'Open'),
  option('IN_PROGRESS', 'In Progress'), option('UNQUALIFIED', 'Unqualified')]
const INDUSTRY = [option('COMPUTER_SOFTWARE', 'Computer Software'),
  option('FINANCIAL_SERVICES', 'Financial Services'), option('RETAIL', 'Retail'),
  option('HOSPITAL_HEALTH_CARE', 'Hospital & Health Care'), option('MARKETING', 'Marketing')]
const DEAL_TYPE = [option('newbusiness', 'New Business'),
  option('existingbusiness', 'Existing Business')]
const PRIORITY = [option('low', 'Low'), option('medium', 'Medium'), option('high', 'High')]

/** The deal pipelines of the synthetic portal: HubSpot's default one and a custom one. */
export const SYNTHETIC_PIPELINES: readonly Pipeline[] = [
  {
    id: 'default', label: 'Sales Pipeline', archived: false,
    stages: [
      ['appointmentscheduled', 'Appointment Scheduled', 0.2], ['qualifiedtobuy', 'Qualified', 0.4],
      ['presentationscheduled', 'Presentation', 0.6], ['contractsent', 'Contract Sent', 0.9],
      ['closedwon', 'Closed Won', 1], ['closedlost', 'Closed Lost', 0],
    ].map(([id, label, probability]) => ({
      id: id as string, label: label as string, archived: false,
      isClosed: id === 'closedwon' || id === 'closedlost', probability: probability as number,
    })),
  },
  {
    id: '7001', label: 'Renewals', archived: false,
    stages: [
      { id: '7001001', label: 'Due', archived: false, isClosed: false, probability: 0.5 },
      { id: '7001002', label: 'Old review', archived: true, isClosed: false, probability: 0.5 },
      { id: '7001003', label: 'Renewed', archived: false, isClosed: true, probability: 1 },
    ],
  },
]

/** Twelve owners: ten active users, one deactivated (no user id), one archived. */
export const SYNTHETIC_OWNERS: readonly Owner[] = Array.from({ length: 12 }, (_, i) => ({
  id: String(50_000 + i),
  userId: i === 10 ? null : 9_000 + i,
  archived: i === 11,
}))

function meta(
  name: string,
  type: string,
  fieldType: string,
  extra: Partial<PropertyMeta> = {},
): PropertyMeta {
  return {
    name, label: extra.label ?? name, type, fieldType, groupName: 'info', description: '',
    options: [], externalOptions: false, hidden: false, calculated: false,
    readOnlyValue: false, hubspotDefined: true, archived: false, hasUniqueValue: false,
    ...extra,
  }
}

const text = (name: string, label: string) => meta(name, 'string', 'text', { label })
const select = (name: string, label: string, options: PropertyOption[]) =>
  meta(name, 'enumeration', 'select', { label, options })
const readOnly = (name: string, type: string) =>
  meta(name, type, 'text', { label: name, readOnlyValue: true })
const ownerMeta = meta('hubspot_owner_id', 'enumeration', 'select',
  { label: 'Owner', externalOptions: true })

/** The property schemas of the synthetic portal, about 15 per object plus read-only ones. */
export const SYNTHETIC_PROPERTIES: Readonly<Record<ObjectType, readonly PropertyMeta[]>> = {
  contacts: [
    text('email', 'Email'), text('firstname', 'First Name'), text('lastname', 'Last Name'),
    meta('phone', 'string', 'phonenumber', { label: 'Phone Number' }),
    meta('mobilephone', 'string', 'phonenumber', { label: 'Mobile Phone Number' }),
    text('company', 'Company Name'), text('jobtitle', 'Job Title'),
    select('lifecyclestage', 'Lifecycle Stage', LIFECYCLE),
    select('hs_lead_status', 'Lead Status', LEAD_STATUS), ownerMeta,
    text('city', 'City'), text('country', 'Country/Region'), text('website', 'Website URL'),
    meta('date_of_birth', 'date', 'date', { label: 'Date of birth', hubspotDefined: false }),
    readOnly('createdate', 'datetime'), readOnly('lastmodifieddate', 'datetime'),
    readOnly('hs_object_id', 'number'),
  ],
  companies: [
    text('name', 'Company name'), text('domain', 'Company Domain Name'),
    text('website', 'Website URL'),
    meta('phone', 'string', 'phonenumber', { label: 'Phone Number' }),
    select('industry', 'Industry', INDUSTRY), text('city', 'City'), text('state', 'State'),
    text('country', 'Country/Region'), meta('numberofemployees', 'number', 'number'),
    meta('annualrevenue', 'number', 'number'), ownerMeta,
    select('lifecyclestage', 'Lifecycle Stage', LIFECYCLE),
    readOnly('createdate', 'datetime'), readOnly('hs_lastmodifieddate', 'datetime'),
    readOnly('hs_object_id', 'number'),
  ],
  deals: [
    text('dealname', 'Deal Name'), meta('amount', 'number', 'number', { label: 'Amount' }),
    meta('closedate', 'datetime', 'date', { label: 'Close Date' }),
    meta('pipeline', 'enumeration', 'select', { label: 'Pipeline', externalOptions: true }),
    meta('dealstage', 'enumeration', 'radio', { label: 'Deal Stage', externalOptions: true }),
    ownerMeta, select('dealtype', 'Deal Type', DEAL_TYPE),
    select('hs_priority', 'Priority', PRIORITY),
    meta('deal_currency_code', 'enumeration', 'select',
      { label: 'Currency', externalOptions: true }),
    meta('contract_terms', 'enumeration', 'checkbox', { label: 'Contract terms',
      hubspotDefined: false, options: [option('sla', 'SLA'), option('nda', 'NDA'),
        option('dpa', 'DPA')] }),
    readOnly('createdate', 'datetime'), readOnly('hs_lastmodifieddate', 'datetime'),
    readOnly('hs_object_id', 'number'),
    ...SYNTHETIC_PIPELINES.flatMap((pipeline) => pipeline.stages.map((stage) =>
      meta(`hs_date_entered_${stage.id}`, 'datetime', 'calculation_read_time',
        { readOnlyValue: true, calculated: true }))),
  ],
}

/** The clock the synthetic records were made against; score them with this `now`. */
export const SYNTHETIC_NOW = new Date(Date.UTC(2026, 3, 1))

const DAY_MS = 86_400_000
const ID_BASE: Readonly<Record<ObjectType, number>> = {
  contacts: 100_000_000,
  companies: 200_000_000,
  deals: 300_000_000,
}

type Values = Record<string, string | null>

function isoDaysAgo(days: number): string {
  return new Date(SYNTHETIC_NOW.getTime() - Math.round(days * DAY_MS)).toISOString()
}

/** Numbers as people type them: mostly US formats, some foreign, some broken. */
function phone(rng: Rng): string {
  const roll = rng()
  const npa = pick(rng, AREA_CODES)
  const nxx = `${2 + Math.floor(rng() * 8)}${digits(rng, 2)}`
  const line = digits(rng, 4)
  if (roll < 0.05) return `${nxx}-${line}`
  if (roll < 0.06) return '+1-555-TEST'
  if (roll < 0.07) return `+1 555-${nxx}-${line}`
  if (roll < 0.11) return `+44 20 7946 0${digits(rng, 3)}`
  if (roll < 0.13) return `(${npa}) ${nxx}-${line} x${digits(rng, 3)}`

  return pick(rng, [
    `(${npa}) ${nxx}-${line}`, `${npa}-${nxx}-${line}`, `+1 ${npa} ${nxx} ${line}`,
    `+1${npa}${nxx}${line}`, `${npa}.${nxx}.${line}`,
  ])
}

/** Unset values arrive as null, sometimes as "", now and then as an absent key. */
function unset(rng: Rng, values: Values, name: string): void {
  const roll = rng()
  if (roll < 0.8) values[name] = null
  else if (roll < 0.95) values[name] = ''
}

function put(rng: Rng, values: Values, name: string, emptyShare: number, make: () => string) {
  if (chance(rng, emptyShare)) unset(rng, values, name)
  else values[name] = make()
}

function ownerId(rng: Rng): string {
  // About 4 % of owned records belong to the deactivated or the archived owner.
  const index = chance(rng, 0.04) ? 10 + Math.floor(rng() * 2) : Math.floor(rng() * 10)

  return SYNTHETIC_OWNERS[index]?.id ?? '50000'
}

function enumValue(rng: Rng, options: readonly PropertyOption[]): string {
  const chosen = pick(rng, options)
  const roll = rng()
  if (roll < 0.03) return chosen.label
  if (roll < 0.04) return chosen.value.toUpperCase() === chosen.value
    ? chosen.value.toLowerCase() : chosen.value.toUpperCase()

  return chosen.value
}

/** Company `n`'s domain: one per company, as in a real portal; contacts share them. */
function companyDomain(n: number): string {
  return `${(WORDS[n % WORDS.length] as string).toLowerCase()}${n}.${TLDS[(n >> 4) % TLDS.length]}`
}

function contact(rng: Rng, index: number): Values {
  const values: Values = {}
  const first = pick(rng, FIRST)
  const last = pick(rng, LAST)
  const word = pick(rng, WORDS)
  // About four contacts per company domain.
  const domain = companyDomain(index >> 2)
  const local = `${first}.${last}${index % 1000}`.toLowerCase().replace('ü', 'u')
  put(rng, values, 'email', 0.08, () => {
    const roll = rng()
    if (roll < 0.02) return `${local} at ${domain}`
    if (roll < 0.03) return `${local}@gmail.con`
    if (roll < 0.05) return `${local}@mailinator.com`
    if (roll < 0.3) return `${local}@${pick(rng, FREEMAIL)}`

    return `${local}@${domain}`
  })
  put(rng, values, 'firstname', 0.03, () => (chance(rng, 0.02) ? 'test' : first))
  put(rng, values, 'lastname', 0.05, () => (chance(rng, 0.05) ? last.toUpperCase() : last))
  put(rng, values, 'phone', 0.25, () => phone(rng))
  put(rng, values, 'mobilephone', 0.7, () => phone(rng))
  put(rng, values, 'company', 0.2, () => `${word} ${pick(rng, SUFFIXES)}`)
  put(rng, values, 'jobtitle', 0.4, () => pick(rng, TITLES))
  put(rng, values, 'lifecyclestage', 0.1, () => enumValue(rng, LIFECYCLE))
  put(rng, values, 'hs_lead_status', 0.5, () => enumValue(rng, LEAD_STATUS))
  put(rng, values, 'hubspot_owner_id', 0.3, () => ownerId(rng))
  put(rng, values, 'city', 0.3, () => pick(rng, CITIES))
  put(rng, values, 'country', 0.3, () => pick(rng, COUNTRIES))
  put(rng, values, 'website', 0.8, () => (chance(rng, 0.1) ? 'Yes' : `https://${domain}`))
  put(rng, values, 'date_of_birth', 0.9, () => isoDaysAgo(9_000 + rng() * 18_000).slice(0, 10))

  return values
}

function company(rng: Rng, index: number): Values {
  const values: Values = {}
  const word = pick(rng, WORDS)
  const domain = companyDomain(index)
  put(rng, values, 'name', 0.02, () => `${word} ${pick(rng, SUFFIXES)}`)
  put(rng, values, 'domain', 0.1, () => {
    const roll = rng()
    if (roll < 0.03) return `https://www.${domain}/`
    if (roll < 0.04) return word.toLowerCase()

    return domain
  })
  put(rng, values, 'website', 0.2, () =>
    chance(rng, 0.03) ? pick(rng, ['Yes', 'No']) : `https://www.${domain}`)
  put(rng, values, 'phone', 0.2, () => phone(rng))
  put(rng, values, 'industry', 0.4, () => enumValue(rng, INDUSTRY))
  put(rng, values, 'city', 0.25, () => pick(rng, CITIES))
  put(rng, values, 'state', 0.5, () => pick(rng, ['California', 'CA', 'Illinois', 'IL']))
  put(rng, values, 'country', 0.2, () => pick(rng, COUNTRIES))
  put(rng, values, 'numberofemployees', 0.5, () => String(5 + Math.floor(rng() * 5000)))
  put(rng, values, 'annualrevenue', 0.6, () => `${Math.floor(rng() * 9e6)}.00`)
  put(rng, values, 'hubspot_owner_id', 0.1, () => ownerId(rng))
  put(rng, values, 'lifecyclestage', 0.3, () => enumValue(rng, LIFECYCLE))

  return values
}

function deal(rng: Rng): Values {
  const values: Values = {}
  const pipeline = (chance(rng, 0.85) ? SYNTHETIC_PIPELINES[0] : SYNTHETIC_PIPELINES[1]) as Pipeline
  const roll = rng()
  const stage = roll < 0.02
    ? pick(rng, (SYNTHETIC_PIPELINES[pipeline.id === 'default' ? 1 : 0] as Pipeline).stages)
    : pick(rng, pipeline.stages)
  values.dealname = `${pick(rng, WORDS)} - ${pick(rng, ['renewal', 'pilot', 'expansion'])}`
  put(rng, values, 'amount', 0.1, () =>
    chance(rng, 0.5) ? String(1000 * Math.ceil(rng() * 50)) : `${Math.ceil(rng() * 9e4)}.00`)
  put(rng, values, 'closedate', 0.08, () => {
    const messy = rng()
    if (messy < 0.01) return String(Math.floor(SYNTHETIC_NOW.getTime() / 1000))

    return isoDaysAgo(120 - rng() * 240)
  })
  values.pipeline = pipeline.id
  values.dealstage = roll < 0.03 && roll >= 0.02 ? 'stage_removed' : stage.id
  put(rng, values, 'hubspot_owner_id', 0.08, () => ownerId(rng))
  put(rng, values, 'dealtype', 0.3, () => enumValue(rng, DEAL_TYPE))
  put(rng, values, 'hs_priority', 0.5, () => enumValue(rng, PRIORITY))
  put(rng, values, 'deal_currency_code', 0.2, () => pick(rng, ['USD', 'EUR', 'GBP']))
  put(rng, values, 'contract_terms', 0.6, () =>
    chance(rng, 0.05) ? 'sla,nda' : pick(rng, ['sla', 'sla;nda', 'nda;dpa']))
  if (chance(rng, 0.8)) values[`hs_date_entered_${stage.id}`] = isoDaysAgo(rng() * 200)

  return values
}

/** Record `index` of `type`: the same (seed, type, index) always gives the same record. */
export function syntheticRecord(type: ObjectType, index: number, seed = 1): CrmRecord {
  const rng = seededRandom(seedOf(seed, type, index))
  const id = String(ID_BASE[type] + index)
  const values = type === 'contacts' ? contact(rng, index)
    : type === 'companies' ? company(rng, index) : deal(rng)
  const created = rng() * 1500
  values.createdate = isoDaysAgo(created)
  values[type === 'contacts' ? 'lastmodifieddate' : 'hs_lastmodifieddate'] =
    isoDaysAgo(created * rng())
  values.hs_object_id = id
  const related = (to: ObjectType, share: number): string[] =>
    chance(rng, share) ? [String(ID_BASE[to] + Math.floor(rng() * 1e6))] : []
  const associations: Partial<Record<ObjectType, string[]>> = type === 'contacts'
    ? { companies: related('companies', 0.7) }
    : type === 'companies'
      ? { contacts: related('contacts', 0.85) }
      : { contacts: related('contacts', 0.9), companies: related('companies', 0.8) }

  return { id, properties: values, associations }
}

/** `count` records of `type`, from index `start`, generated one at a time. */
export function* syntheticRecords(
  type: ObjectType,
  count: number,
  seed = 1,
  start = 0,
): Generator<CrmRecord> {
  for (let index = start; index < start + count; index++) yield syntheticRecord(type, index, seed)
}
