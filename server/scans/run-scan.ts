import {
  type CrmRecord,
  OBJECT_TYPES,
  type ObjectType,
  type PortalDetails,
  type PropertyMeta,
} from '../../shared/crm.ts'
import type { PortalReport } from '../../shared/report.ts'
import { type HubSpotGateway, MAX_PROPERTIES_PER_GET } from '../hubspot/gateway.ts'
import { ASSOCIATIONS_TO_READ, propertiesToSample } from '../scoring/check-plan.ts'
import {
  createDuplicateFinder,
  type DedupeObject,
  duplicateKeyProperties,
} from '../scoring/duplicates/index.ts'
import { isEmptyValue } from '../scoring/empty-values.ts'
import { type ObjectSample, scorePortal } from '../scoring/score-portal.ts'
import { createReservoir } from './reservoir.ts'

export type ScanKind = 'sample' | 'full'

export interface ScanProgress {
  readonly step: string
  readonly done: number
  readonly total: number
}

export interface ScanDeps {
  readonly gateway: HubSpotGateway
  readonly disposableDomains: ReadonlySet<string>
  readonly now: () => Date
  readonly random: () => number
}

export interface ScanOptions {
  readonly kind: ScanKind
  readonly sampleSize: number
  readonly defaultCountry: string
  readonly onProgress?: (progress: ScanProgress) => void
}

/** What a scan produced: aggregates and metadata only; the records are gone. */
export interface ScanOutcome {
  readonly report: PortalReport
  readonly details: PortalDetails
  readonly properties: Readonly<Record<ObjectType, readonly PropertyMeta[]>>
  /** Share of sampled records with a value, per requested property. */
  readonly fillRates: Readonly<Record<ObjectType, ReadonlyMap<string, number>>>
}

const DEDUPED: readonly DedupeObject[] = ['contacts', 'companies']
const isDeduped = (type: ObjectType): type is DedupeObject =>
  (DEDUPED as readonly string[]).includes(type)

/**
 * Reads a portal and scores it. Every record is read once through the list endpoint: the
 * duplicate engine keeps only compact matching keys of each, a reservoir keeps a uniform
 * sample with the properties the checks need, and the rest is dropped as it streams past.
 */
export async function runScan(deps: ScanDeps, options: ScanOptions): Promise<ScanOutcome> {
  const { gateway } = deps
  const progress = options.onProgress ?? (() => {})

  progress({ step: 'Reading the portal', done: 0, total: 1 })
  const details = await gateway.accountDetails()
  const properties = {} as Record<ObjectType, PropertyMeta[]>
  const counts = {} as Record<ObjectType, number>
  for (const type of OBJECT_TYPES) {
    properties[type] = await gateway.properties(type)
    counts[type] = await gateway.countRecords(type)
  }
  const pipelines = await gateway.dealPipelines()
  const owners = await gateway.owners()

  const expected = OBJECT_TYPES.reduce((sum, type) => sum + counts[type], 0)
  let read = 0
  const objects: Partial<Record<ObjectType, ObjectSample>> = {}
  const duplicates: Partial<Record<DedupeObject, { groups: ReturnType<
    ReturnType<typeof createDuplicateFinder>['finish']>; population: number }>> = {}
  const fillRates = {} as Record<ObjectType, Map<string, number>>

  for (const type of OBJECT_TYPES) {
    const schema = new Set(properties[type].map((property) => property.name))
    const keys = isDeduped(type) ? duplicateKeyProperties(type) : []
    const wanted = unique([...keys, ...propertiesToSample(type, properties[type])])
      .filter((name) => schema.has(name))
    const listed = wanted.slice(0, MAX_PROPERTIES_PER_GET)
    const finder = isDeduped(type)
      ? createDuplicateFinder(type, { defaultCountry: options.defaultCountry })
      : null
    const capacity = options.kind === 'full' ? Number.POSITIVE_INFINITY : options.sampleSize
    const reservoir = createReservoir<CrmRecord>(capacity, deps.random)

    for await (const page of gateway.pageRecords(type, listed)) {
      for (const record of page) {
        finder?.add(record.id, record.properties)
        reservoir.offer(record)
      }
      read += page.length
      progress({ step: `Reading ${type}`, done: read, total: Math.max(expected, read) })
    }

    let sample = reservoir.items
    const extra = wanted.slice(MAX_PROPERTIES_PER_GET)
    if (extra.length > 0) sample = await withMoreProperties(gateway, type, sample, extra)
    sample = await withAssociations(gateway, type, sample)

    objects[type] = { records: sample, total: reservoir.seen, properties: properties[type] }
    fillRates[type] = fillRatesOf(sample, wanted)
    if (finder && isDeduped(type)) {
      duplicates[type] = { groups: finder.finish(), population: finder.size }
    }
  }

  progress({ step: 'Scoring', done: read, total: read })
  const report = scorePortal({
    now: deps.now(),
    objects,
    duplicates,
    pipelines,
    owners,
    disposableDomains: deps.disposableDomains,
    defaultCountry: options.defaultCountry,
  })

  return { report, details, properties, fillRates }
}

async function withMoreProperties(
  gateway: HubSpotGateway,
  type: ObjectType,
  sample: readonly CrmRecord[],
  extra: readonly string[],
): Promise<CrmRecord[]> {
  const more = await gateway.batchRead(type, sample.map((record) => record.id), extra)
  const byId = new Map(more.map((record) => [record.id, record.properties]))

  return sample.map((record) => ({
    ...record,
    properties: { ...record.properties, ...byId.get(record.id) },
  }))
}

async function withAssociations(
  gateway: HubSpotGateway,
  type: ObjectType,
  sample: readonly CrmRecord[],
): Promise<CrmRecord[]> {
  const ids = sample.map((record) => record.id)
  const found: Partial<Record<ObjectType, Map<string, string[]>>> = {}
  for (const to of ASSOCIATIONS_TO_READ[type]) {
    found[to] = await gateway.associations(type, to, ids)
  }

  return sample.map((record) => {
    const associations: Partial<Record<ObjectType, string[]>> = {}
    for (const to of ASSOCIATIONS_TO_READ[type]) {
      associations[to] = found[to]?.get(record.id) ?? []
    }

    return { ...record, associations }
  })
}

function fillRatesOf(sample: readonly CrmRecord[], names: readonly string[]) {
  const rates = new Map<string, number>()
  if (sample.length === 0) return rates

  for (const name of names) {
    let filled = 0
    for (const record of sample) {
      if (!isEmptyValue(record.properties[name])) filled++
    }
    rates.set(name, filled / sample.length)
  }

  return rates
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]
