import { createRandom } from '../../random.ts'
import type { SandboxStore } from '../store/store.ts'
import { seedChicago } from './chicago-seed.ts'
import { seedArchived, seedBrands, seedCardFixes, seedTickets } from './extras-seed.ts'
import { seedMessyRecords } from './messy-seed.ts'
import { seedSampleContacts } from './samples.ts'
import { seedSalesforce } from './salesforce-seed.ts'
import { createSeedContext } from './seed-context.ts'

/**
 * The seeds. Same data on every run: one PRNG with a fixed seed, fixed timestamps, ids issued
 * in seeding order.
 *
 * 'empty': HubSpot's default schema, pipelines and owners, and the 2 sample contacts.
 *
 * 'demo', in this order (the counts below are checked by test/server/sandbox/seed.test.ts):
 * - 2 sample contacts (Maria Johnson, Brian Halligan, "(Sample Contact)", hubspot.com).
 * - 3,337 Chicago companies, one per CSV row, mapped exactly (seed/chicago.ts); only these
 *   carry `pp_sandbox_cluster_id` (the `True Id`, 1,162 clusters). 3 have a `domain`.
 *   1,278 contacts from their people (905 directors, 373 executive directors; 122 of the
 *   directors are email-only contacts from NAEYC rows), labelled "Site director" /
 *   "Executive director" and primary-associated with their site.
 * - 1 district company "Chicago Public Schools" (domain cps.edu, shared with one Chicago row)
 *   associated with the 381 contacts of CPS sites.
 * - Salesforce sample org: 10 companies (`website` and `industry` written as ''), 6 contacts
 *   (`mobilephone` ''), 20 deals: 13 in the default pipeline, 7 in "Enterprise Renewals".
 *   Amount is "N.00" on deals 2, 6, 10, 14, 18 (1-based). Deals 3, 10 and 17 have no
 *   associations; deal 11 sits in pipeline `default` with a stage of the other pipeline;
 *   deal 16 is in an archived stage; deal 13's closedate was written in seconds (1970).
 *   Every open deal closes before 2026-01-01 (`past-close-date-open`).
 * - Hand-typed records (seed/messy-seed.ts): 5 companies (test1.com twice, phones
 *   "+1-555-123-4567", "+1234567890", "+1 555-1234", "+1-555-TEST", "United States"/"USA",
 *   "California"/"CA", industry value, label and wrong case, a placeholder company) and
 *   16 contacts (placeholders n/a, unknown, test, asdf, -; invalid and disposable emails;
 *   other phone formats; enumeration values in the wrong case or as labels; a date written
 *   in seconds; `nps_score` "17", `newsletter_opt_in` "true", `is_beta_tester` never set).
 * - 2 archived companies and 1 archived contact; 6 tickets; 3 `brand` records.
 *
 * Ownership: each Chicago, Salesforce deal and hand-typed record draws its owner from the
 * PRNG: 72 % an active owner, 12 % a deactivated one (userId null), 16 % none. Compute
 * ownership figures from `store.records(...)` and `store.owners()`; the curated defects
 * above are listed with their record ids in `store.defects`.
 */
export function seedDemo(store: SandboxStore): void {
  const context = createSeedContext(store, createRandom(20_260_301))
  seedSampleContacts(context)
  seedChicago(context)
  seedSalesforce(context)
  seedMessyRecords(context)
  seedArchived(context)
  seedTickets(context, store.records('contacts').slice(0, 6))
  const brand = store.objectTypes().find((type) => type.custom)
  if (brand) seedBrands(context, brand.name)
  seedCardFixes(context)
}

export function seedEmpty(store: SandboxStore): void {
  seedSampleContacts(createSeedContext(store, createRandom(1)))
}
