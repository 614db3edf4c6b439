/**
 * How long the whole check suite takes against plain JSON.parse of the same records, as
 * HubSpot list pages. The records scored are the very objects JSON.parse returned, so only
 * one copy of them is alive: generate a page, serialise it, parse it (timed), keep the
 * parsed records, drop the page and its text.
 */
import { paths } from '../server/hubspot/paths.ts'
import type { CrmRecord, ObjectType } from '../shared/crm.ts'
import { loadDisposableDomains } from '../server/scoring/disposable-domains.ts'
import { scorePortal, type ObjectSample } from '../server/scoring/score-portal.ts'
import {
  SYNTHETIC_NOW,
  SYNTHETIC_OWNERS,
  SYNTHETIC_PIPELINES,
  SYNTHETIC_PROPERTIES,
  syntheticRecords,
} from './synthetic.ts'

/** How a benchmark size is split over the objects: half contacts, a quarter each of the rest. */
const SHARES: Readonly<Record<ObjectType, number>> = {
  contacts: 0.5,
  companies: 0.25,
  deals: 0.25,
}
const PAGE_SIZE = 100

export interface ScoringBenchRow {
  readonly records: number
  readonly jsonParseMs: number
  readonly scoringMs: number
  /** The key figure: scoring time over JSON.parse time for the same records. */
  readonly scoringVsJsonParse: number
  /** Peak resident set size of the process so far, in MB. */
  readonly peakRssMb: number
}

export interface ScoringBenchResult {
  readonly rows: readonly ScoringBenchRow[]
  /** The ratio at the largest size run (1M records by default): the target is <= 6. */
  readonly scoringVsJsonParse: number
  readonly peakRssMb: number
}

function peakRssMb(): number {
  // maxRSS is in kilobytes and is the process's high-water mark.
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

/** A list page as HubSpot sends it: `{results, paging.next{after, link}}`, none on the last. */
function pageText(type: ObjectType, records: readonly CrmRecord[], after: number, last: boolean) {
  const results = records.map((record) => ({
    ...record,
    createdAt: record.properties.createdate,
    updatedAt: record.properties.lastmodifieddate ?? record.properties.hs_lastmodifieddate,
    archived: false,
  }))
  const paging = {
    next: {
      after: String(after),
      link: `https://api.hubapi.com${paths.objects(type)}?after=${after}`,
    },
  }

  return JSON.stringify(last ? { results } : { results, paging })
}

/** Parses `count` records of `type` page by page; returns them and the parse time. */
function parsePages(type: ObjectType, count: number): { records: CrmRecord[]; parseMs: number } {
  const records: CrmRecord[] = []
  let parseMs = 0
  const source = syntheticRecords(type, count)
  for (let start = 0; start < count; start += PAGE_SIZE) {
    const page: CrmRecord[] = []
    for (let i = 0; i < PAGE_SIZE && start + i < count; i++) {
      page.push(source.next().value as CrmRecord)
    }
    const text = pageText(type, page, start + page.length, start + PAGE_SIZE >= count)
    const began = performance.now()
    const parsed = JSON.parse(text) as { results: CrmRecord[] }
    parseMs += performance.now() - began
    for (const record of parsed.results) records.push(record)
  }

  return { records, parseMs }
}

function runSize(size: number, disposable: ReadonlySet<string>): ScoringBenchRow {
  const objects: Partial<Record<ObjectType, ObjectSample>> = {}
  let jsonParseMs = 0
  let records = 0
  for (const type of Object.keys(SHARES) as ObjectType[]) {
    const count = Math.round(size * SHARES[type])
    const parsed = parsePages(type, count)
    jsonParseMs += parsed.parseMs
    records += count
    const properties = SYNTHETIC_PROPERTIES[type]
    objects[type] = { records: parsed.records, total: count, properties }
  }

  const began = performance.now()
  const report = scorePortal({
    now: SYNTHETIC_NOW,
    objects,
    duplicates: {},
    pipelines: SYNTHETIC_PIPELINES,
    owners: SYNTHETIC_OWNERS,
    disposableDomains: disposable,
    defaultCountry: 'US',
  })
  const scoringMs = performance.now() - began
  if (report.score === null) throw new Error('The synthetic portal scored nothing')

  return {
    records,
    jsonParseMs: Math.round(jsonParseMs),
    scoringMs: Math.round(scoringMs),
    scoringVsJsonParse: Math.round((scoringMs / jsonParseMs) * 100) / 100,
    peakRssMb: peakRssMb(),
  }
}

/**
 * Times the full check suite (scorePortal over contacts, companies and deals, duplicates
 * omitted) against JSON.parse of the same records, per size. A small warm-up run first lets
 * both sides reach optimised code.
 */
export async function benchScoring(
  sizes: readonly number[] = [1_000, 100_000, 1_000_000],
): Promise<ScoringBenchResult> {
  const disposable = await loadDisposableDomains()
  runSize(2_000, disposable)
  const rows: ScoringBenchRow[] = []
  for (const size of sizes) {
    globalThis.gc?.()
    rows.push(runSize(size, disposable))
  }

  const largest = rows.reduce<ScoringBenchRow | undefined>(
    (best, row) => (best === undefined || row.records > best.records ? row : best),
    undefined,
  )

  return { rows, scoringVsJsonParse: largest?.scoringVsJsonParse ?? 0, peakRssMb: peakRssMb() }
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number)
  const result = await benchScoring(sizes.length > 0 ? sizes : undefined)
  console.table(result.rows)
  console.log(`scoring vs JSON.parse ${result.scoringVsJsonParse}x`)
  console.log(`peak RSS ${result.peakRssMb} MB`)
}
