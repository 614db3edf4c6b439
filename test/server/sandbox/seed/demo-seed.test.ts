import { beforeAll, describe, expect, it } from 'vitest'

import { createPortalStore } from '../../../../server/sandbox/portal.ts'
import type { SandboxStore } from '../../../../server/sandbox/store/store.ts'

const build = () => createPortalStore({ seed: 'demo', now: () => Date.UTC(2026, 11, 1),
  searchLagMs: 0 })

describe('demo seed', () => {
  let store: SandboxStore
  const chicago = () => store.records('companies').slice(0, 3337)
  const imported = () => store.records('contacts')
    .filter((c) => c.properties.hs_object_source_id === '38912045')

  beforeAll(() => {
    store = build()
  })

  it('holds the same data on every run', () => {
    const again = build()

    for (const type of ['contacts', 'companies', 'deals', 'tickets']) {
      expect(JSON.stringify(again.records(type))).toBe(JSON.stringify(store.records(type)))
    }
    expect(again.defects).toEqual(store.defects)
  })

  it('makes one company per Chicago row, mapped exactly, in file order', () => {
    const [first, second] = chicago()

    expect(chicago().every((c) => c.properties.pp_sandbox_cluster_id !== undefined)).toBe(true)
    expect(store.records('companies').filter((c) => c.properties.pp_sandbox_cluster_id))
      .toHaveLength(3337)
    // Row 1 of the file, as read by hand: no Zip, a real website.
    expect(first?.properties).toMatchObject({
      name: 'Chicago Commons\nAssociation St Catherine\'s - St. Lucy School',
      address: '27 Washington Oak Park IL 60302', phone: '3865286',
      website: 'www.chicagocommons.org', domain: 'chicagocommons.org', city: 'Chicago',
      pp_sandbox_cluster_id: '27',
    })
    expect(first?.properties.zip).toBeUndefined()
    // Row 2 keeps its stray spaces and has no website at all.
    expect(second?.properties.name).toBe(' Precious Little One\'s Learning Center, Inc.')
    expect(second?.properties.address).toBe('221 E. 51st St. ')
    expect(second?.properties.website).toBeUndefined()
    expect(new Set(chicago().map((c) => c.properties.pp_sandbox_cluster_id)).size).toBe(1162)
  })

  it('derives a domain only from real host names, never from "Yes" or "No"', () => {
    const withDomain = chicago().filter((c) => c.properties.domain)
    const yesNo = chicago().filter((c) => ['Yes', 'No'].includes(c.properties.website ?? ''))

    expect(withDomain.map((c) => c.properties.domain))
      .toEqual(['chicagocommons.org', 'chicagocommons.org', 'cps.edu'])
    // 463 "No" and 56 "Yes" in the Website column.
    expect(yesNo).toHaveLength(519)
  })

  it('turns site people into contacts associated with their site', () => {
    const [first] = chicago()
    const people = store.associations('companies', first?.id ?? '', 'contacts')
      .map((edge) => store.get('contacts', edge.toObjectId)?.properties)

    expect(people.map((p) => [p?.firstname, p?.lastname])).toEqual([
      ['Marion', 'Cypser'], ['Dan', 'Valliere']])
    expect(imported()).toHaveLength(1278)
    expect(imported().filter((c) => c.properties.email && !c.properties.firstname))
      .toHaveLength(122)
  })

  it('repeats one person at several sites as several contacts', () => {
    const cottone = imported().filter((c) => c.properties.lastname === 'Cottone')

    expect(cottone.length).toBeGreaterThan(100)
    expect(new Set(cottone.map((c) => c.id)).size).toBe(cottone.length)
  })

  it('holds HubSpot\'s two sample contacts (item 25)', () => {
    const samples = store.records('contacts').slice(0, 2).map((c) => c.properties)

    expect(samples.map((p) => [p.firstname, p.lastname, p.email])).toEqual([
      ['Maria', 'Johnson (Sample Contact)', 'emailmaria@hubspot.com'],
      ['Brian', 'Halligan (Sample Contact)', 'bh@hubspot.com']])
  })

  it('holds the messy values real portals hold (item 26)', () => {
    const values = (type: string, name: string) =>
      new Set(store.records(type).map((r) => r.properties[name]))

    expect(values('deals', 'amount')).toContain('125000')
    expect(values('deals', 'amount')).toContain('87500.00')
    for (const phone of ['+1-555-123-4567', '+1234567890', '+1 555-1234', '+1-555-TEST']) {
      expect(values('companies', 'phone')).toContain(phone)
    }
    for (const [name, value] of [['country', 'United States'], ['country', 'USA'],
      ['state', 'California'], ['state', 'CA'], ['industry', 'COMPUTER_SOFTWARE']]) {
      expect(values('companies', name as string)).toContain(value)
    }
    expect(store.records('companies').filter((c) => c.properties.domain === 'test1.com'))
      .toHaveLength(2)
  })

  it('spreads 20 deals over both pipelines, some without associations', () => {
    const deals = store.records('deals')
    const renewals = deals.filter((d) => d.properties.pipeline === '87654321')
    const bare = deals.filter((d) => store.associations('deals', d.id, 'companies').length === 0 &&
      store.associations('deals', d.id, 'contacts').length === 0)

    expect(deals).toHaveLength(20)
    // 6 renewal stages mapped from Salesforce, plus the deal moved to the archived stage.
    expect(renewals).toHaveLength(7)
    expect(bare.map((d) => d.properties.dealname)).toEqual(['Digital Transformation Initiative',
      'Unified Communications Deal', 'Loyalty Program Redesign'])
  })

  it('lists every curated defect with the value the record really holds', () => {
    const counts = new Map<string, number>()
    for (const defect of store.defects) {
      counts.set(defect.kind, (counts.get(defect.kind) ?? 0) + 1)
      const record = store.get(defect.objectType, defect.id)
      expect(record).toBeDefined()
      if (defect.property) expect(record?.properties[defect.property]).toBe(defect.value)
    }

    expect(Object.fromEntries(counts)).toEqual({
      'sample-contact': 2, 'empty-string-value': 17, 'past-close-date-open': 17,
      'deal-without-associations': 3, 'stage-from-other-pipeline': 1, 'date-in-seconds': 3,
      'archived-stage': 1, 'shared-domain': 2, 'enum-label-not-value': 3, 'phone-format': 6,
      'enum-wrong-case': 3, 'placeholder-value': 10, 'invalid-email': 4,
      'disposable-email': 3,
    })
    const seconds = store.defects.find((d) => d.kind === 'date-in-seconds' &&
      d.objectType === 'deals')
    expect(seconds?.value?.startsWith('1970-01-')).toBe(true)
  })

  it('leaves some records unowned and some owned by deactivated users', () => {
    const deactivated = new Set(store.owners().filter((o) => o.userId === null).map((o) => o.id))
    const companies = store.records('companies')

    const unowned = companies.filter((c) => !c.properties.hubspot_owner_id).length
    const byDeactivated = companies.filter((c) =>
      deactivated.has(c.properties.hubspot_owner_id ?? '')).length

    expect(unowned).toBeGreaterThan(100)
    expect(byDeactivated).toBeGreaterThan(100)
  })
})
