import { readFileSync } from 'node:fs'

import {
  ARCHIVED_RENEWAL_STAGE_ID, DEFAULT_DEAL_PIPELINE_ID, RENEWAL_PIPELINE_ID, dealPipelines,
} from '../pipelines.ts'
import type { SandboxRecord } from '../store/types.ts'
import type { SeedContext } from './seed-context.ts'

interface SalesforceRecord {
  readonly attributes: { readonly referenceId: string }
  readonly [field: string]: unknown
}

function readRecords(file: string): SalesforceRecord[] {
  const url = new URL(`../data/salesforce-lwc-recipes/${file}`, import.meta.url)

  return (JSON.parse(readFileSync(url, 'utf8')) as { records: SalesforceRecord[] }).records
}

const text = (record: SalesforceRecord, field: string) => {
  const value = record[field]

  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/** Salesforce stage names mapped onto the two deal pipelines. */
const STAGES: Readonly<Record<string, readonly [string, string]>> = {
  'Prospecting': [DEFAULT_DEAL_PIPELINE_ID, 'appointmentscheduled'],
  'Qualification': [DEFAULT_DEAL_PIPELINE_ID, 'qualifiedtobuy'],
  'Needs Analysis': [DEFAULT_DEAL_PIPELINE_ID, 'presentationscheduled'],
  'Value Proposition': [DEFAULT_DEAL_PIPELINE_ID, 'decisionmakerboughtin'],
  'Proposal/Price Quote': [DEFAULT_DEAL_PIPELINE_ID, 'contractsent'],
  'Closed Won': [DEFAULT_DEAL_PIPELINE_ID, 'closedwon'],
  'Closed Lost': [DEFAULT_DEAL_PIPELINE_ID, 'closedlost'],
  'Id. Decision Makers': [RENEWAL_PIPELINE_ID, '258551227'],
  'Perception Analysis': [RENEWAL_PIPELINE_ID, '258551228'],
  'Negotiation/Review': [RENEWAL_PIPELINE_ID, '258551229'],
}

const SYNCED_MS = Date.UTC(2022, 5, 6, 18, 30, 0)
const DAY_MS = 86_400_000
const integration = { hs_object_source: 'INTEGRATION', hs_object_source_label: 'INTEGRATION',
  hs_object_source_id: 'salesforce' }

/** Deal names (by position) seeded with a defect; see the block in demo-seed.ts. */
const NO_ASSOCIATIONS = new Set([2, 9, 16])
const OTHER_PIPELINE_STAGE = 10
const ARCHIVED_STAGE = 15
const CLOSE_DATE_IN_SECONDS = 12

/**
 * The Salesforce sample org: 10 accounts -> companies, 6 contacts, 20 opportunities -> deals
 * over both pipelines. The connector wrote '' for fields it had no value for.
 */
export function seedSalesforce(context: SeedContext): void {
  const companies = new Map<string, SandboxRecord>()
  readRecords('Accounts.json').forEach((account, index) => {
    const type = text(account, 'Type')
    const company = context.create('companies', {
      name: text(account, 'Name') ?? '', phone: text(account, 'Phone') ?? '',
      ...(type === 'Technology Partner' ? { type: 'PARTNER', lifecyclestage: 'other' }
        : { lifecyclestage: 'customer' }),
      ...(text(account, 'NumberOfEmployees') && {
        numberofemployees: text(account, 'NumberOfEmployees') as string }),
      website: '', industry: '', ...integration,
      hubspot_owner_id: index % 4 === 3 ? '61001008' : '61001003',
    }, SYNCED_MS + index * 1_000, 30 * DAY_MS)
    context.defect('empty-string-value', company, 'website')
    companies.set(`@${account.attributes.referenceId}`, company)
  })

  const contactsByAccount = new Map<string, SandboxRecord[]>()
  readRecords('Contacts.json').forEach((person, index) => {
    const accountRef = text(person, 'AccountId') ?? ''
    const contact = context.create('contacts', {
      firstname: text(person, 'FirstName') ?? '', lastname: text(person, 'LastName') ?? '',
      jobtitle: text(person, 'Title') ?? '', email: text(person, 'Email') ?? '',
      phone: text(person, 'Phone') ?? '', mobilephone: '', lifecyclestage: 'customer',
      ...integration, hubspot_owner_id: '61001003',
    }, SYNCED_MS + 60_000 + index * 1_000, 30 * DAY_MS)
    context.defect('empty-string-value', contact, 'mobilephone')
    const company = companies.get(accountRef)
    if (company) context.link(contact, company, { primary: true })
    contactsByAccount.set(accountRef, [...(contactsByAccount.get(accountRef) ?? []), contact])
  })

  readRecords('Opportunities.json').forEach((opportunity, index) => {
    const accountRef = text(opportunity, 'AccountId') ?? ''
    const deal = createDeal(context, opportunity, index)
    if (NO_ASSOCIATIONS.has(index)) {
      context.defect('deal-without-associations', deal)

      return
    }
    const company = companies.get(accountRef)
    if (company) context.link(deal, company, { primary: true })
    const contact = contactsByAccount.get(accountRef)?.[0]
    if (contact) context.link(deal, contact)
  })
}

function createDeal(context: SeedContext, opportunity: SalesforceRecord,
  index: number): SandboxRecord {
  const [pipeline, mappedStage] = STAGES[text(opportunity, 'StageName') ?? ''] ??
    [DEFAULT_DEAL_PIPELINE_ID, 'appointmentscheduled']
  const stageId = index === OTHER_PIPELINE_STAGE ? '258551228'
    : index === ARCHIVED_STAGE ? ARCHIVED_RENEWAL_STAGE_ID : mappedStage
  const dealPipeline = index === ARCHIVED_STAGE ? RENEWAL_PIPELINE_ID : pipeline
  const stage = dealPipelines().find((p) => p.id === dealPipeline)?.stages
    .find((s) => s.id === stageId)
  const closeDay = text(opportunity, 'CloseDate') ?? '2025-01-01'
  const closeMs = Date.parse(`${closeDay}T00:00:00.000Z`)
  // Seconds written where milliseconds belong land in January 1970 (fidelity item 14).
  const closedate = index === CLOSE_DATE_IN_SECONDS
    ? new Date(closeMs / 1000).toISOString() : new Date(closeMs).toISOString()
  const amount = text(opportunity, 'Amount') ?? '0'
  const closed = stage?.isClosed ?? false
  const owner = context.drawOwner()
  const deal = context.create('deals', {
    dealname: text(opportunity, 'Name') ?? '',
    // Both "125000" and "87500.00" occur in real portals (fidelity item 26).
    amount: index % 4 === 1 ? `${amount}.00` : amount,
    closedate, pipeline: dealPipeline, dealstage: stageId, deal_currency_code: 'USD',
    hs_is_closed: String(closed), hs_is_closed_won: String(stageId === 'closedwon'),
    ...(stage?.probability !== undefined && { hs_deal_stage_probability: stage.probability }),
    dealtype: index % 3 === 0 ? 'existingbusiness' : 'newbusiness',
    ...integration, ...(owner && { hubspot_owner_id: owner }),
  }, SYNCED_MS + 120_000 + index * 1_000, (20 + index) * 86_400_000)
  if (index === OTHER_PIPELINE_STAGE) context.defect('stage-from-other-pipeline', deal, 'dealstage')
  if (index === ARCHIVED_STAGE) context.defect('archived-stage', deal, 'dealstage')
  if (index === CLOSE_DATE_IN_SECONDS) context.defect('date-in-seconds', deal, 'closedate')
  if (!closed && closeMs < Date.UTC(2026, 0, 1)) {
    context.defect('past-close-date-open', deal, 'closedate')
  }

  return deal
}
