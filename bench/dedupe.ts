import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { dedupeCsvFile } from '../server/csv/dedupe-csv.ts'
import { readColumnByRow } from '../server/csv/read-column.ts'
import { readCsvRecords } from '../server/csv/read-csv.ts'
import { pairMetrics } from '../server/scoring/duplicates/pair-metrics.ts'
import { seededRandom } from '../server/random.ts'

const ROWS = 1_000_000
/** Share of rows that repeat an earlier company with messy edits. */
const DUPLICATE_SHARE = 0.15
const CHICAGO_CSV = fileURLToPath(
  new URL(
    '../server/sandbox/data/chicago-early-childhood-sites_with_true_ids.csv',
    import.meta.url,
  ),
)

export interface DedupeBench {
  /** Full dedupe run time over csv-parse alone on the same 1M-row file (target <= 5). */
  readonly dedupeVsCsvParse: number
  readonly dedupeChicagoPrecision: number
  readonly dedupeChicagoRecall: number
  readonly dedupeRows: number
  readonly dedupeCsvParseMs: number
  readonly dedupeRunMs: number
  /** Peak resident memory of the process up to the end of the dedupe run. */
  readonly dedupePeakRssMb: number
  readonly dedupeGroups: number
  readonly dedupeSyntheticPrecision: number
  readonly dedupeSyntheticRecall: number
}

/** Times csv-parse alone vs the whole dedupe path on a generated 1M-row companies CSV. */
export async function benchDedupe(): Promise<DedupeBench> {
  const dir = await mkdtemp(join(tmpdir(), 'portalpilot-dedupe-'))
  try {
    const file = join(dir, 'companies.csv')
    const entityOfRow = await writeCompanies(file, ROWS)

    collectGarbage()
    let started = performance.now()
    let parsedRows = -1
    for await (const record of readCsvRecords(file)) parsedRows += record.length > 0 ? 1 : 0
    const parseMs = performance.now() - started

    collectGarbage()
    started = performance.now()
    const result = await dedupeCsvFile(file, { object: 'companies' })
    const runMs = performance.now() - started
    const peakRssMb = process.resourceUsage().maxRSS / 1024
    if (parsedRows !== ROWS || result.rowCount !== ROWS) throw new Error('row count mismatch')

    const truth = new Map<string, string>()
    entityOfRow.forEach((entity, row) => truth.set(String(row + 1), String(entity)))
    const synthetic = pairMetrics(
      result.groups.map((group) => ({ ids: group.rows.map(String) })),
      truth,
    )
    const chicago = await chicagoMetrics()

    return {
      dedupeVsCsvParse: round(runMs / parseMs),
      dedupeChicagoPrecision: round(chicago.precision, 4),
      dedupeChicagoRecall: round(chicago.recall, 4),
      dedupeRows: ROWS,
      dedupeCsvParseMs: Math.round(parseMs),
      dedupeRunMs: Math.round(runMs),
      dedupePeakRssMb: Math.round(peakRssMb),
      dedupeGroups: result.groups.length,
      dedupeSyntheticPrecision: round(synthetic.precision, 4),
      dedupeSyntheticRecall: round(synthetic.recall, 4),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Chicago precision and recall through the CLI's code path (mapping, reader, engine). */
async function chicagoMetrics() {
  const result = await dedupeCsvFile(CHICAGO_CSV, { object: 'companies' })
  const truth = await readColumnByRow(CHICAGO_CSV, 'True Id')

  return pairMetrics(result.groups.map((group) => ({ ids: group.rows.map(String) })), truth)
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits))

function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void }
  gc?.()
}

const SYLLABLES = ['ka', 'lo', 'ven', 'tor', 'mi', 'sa', 'dri', 'bel', 'nor', 'qua', 'zen',
  'ha', 'ru', 'pel', 'ost', 'vi', 'ram', 'te', 'gal', 'cor', 'fen', 'li', 'mar', 'shu', 'dox',
  'ber', 'ni', 'tal', 'wyn', 'ex', 'ko', 'pra', 'sil', 'un', 'tre', 'gor', 'ana', 'bri', 'cas',
  'dal']
const TRADE = ['Dental', 'Logistics', 'Software', 'Bakery', 'Consulting', 'Plumbing',
  'Insurance', 'Realty', 'Fitness', 'Legal', 'Media', 'Robotics', 'Foods', 'Design', 'Labs',
  'Capital', 'Health', 'Energy', 'Travel', 'Motors', 'Apparel', 'Analytics', 'Builders']
const LEGAL = ['', '', ' Inc', ' Inc.', ', LLC', ' Ltd', ' Corp', ' Co.']
const TYPES = [['St', 'Street'], ['Ave', 'Avenue'], ['Rd', 'Road'], ['Blvd', 'Boulevard']]
const DIRECTIONS = [['N', 'North'], ['S', 'South'], ['E', 'East'], ['W', 'West']]
const TLDS = ['com', 'com', 'io', 'net', 'co']
const CITIES = 400
const STREETS_PER_CITY = 150

interface Company {
  readonly name: string
  readonly domain: string
  readonly phone: string
  readonly number: number
  readonly direction: number
  readonly street: string
  readonly type: number
  readonly city: string
  readonly zip: string
}

/** A made-up word of two or three syllables, capitalised. */
function pseudoWord(random: () => number, syllables = 2 + Math.floor(random() * 2)): string {
  let word = ''
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]

  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * A company in one of 400 cities, each with its own area code, zips and street names. A third
 * of names are one word plus a trade ("Kalo Dental"), so equal names at different places
 * occur, as they do between real companies; domains are unique, as they are in reality.
 */
function newCompany(random: () => number, id: number): Company {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
  const words = random() < 0.33 ? [pseudoWord(random)] : [pseudoWord(random), pseudoWord(random)]
  const name = `${words.join(' ')} ${pick(TRADE)}`
  const city = Math.floor(random() * CITIES)
  const cityRandom = seededRandom(city)
  const street = Math.floor(random() * STREETS_PER_CITY)
  const streetRandom = seededRandom(city * 1000 + street)

  return {
    name,
    domain: `${words.join('').toLowerCase()}${id.toString(36)}.${pick(TLDS)}`,
    phone: `${200 + city}${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
    number: 1 + Math.floor(random() * 9999),
    direction: Math.floor(random() * 4),
    street: pseudoWord(streetRandom),
    type: Math.floor(streetRandom() * 4),
    city: pseudoWord(cityRandom, 3),
    zip: String(10_000 + city * 100 + Math.floor(random() * 20)),
  }
}

/** One CSV row for `company`; `messy` rows vary case, formats, abbreviations and gaps. */
function companyRow(company: Company, random: () => number, messy: boolean): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
  let name = `${company.name}${pick(LEGAL)}`
  if (messy && random() < 0.3) name = name.toUpperCase()
  const site = random() < 0.3 ? '' : random() < 0.5 ? company.domain
    : `https://www.${company.domain}/`
  const p = company.phone
  const phone = random() < 0.05 ? '' : pick([`(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`,
    `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`, `+1 ${p.slice(0, 3)} ${p.slice(3)}`, p,
    `${p.slice(3, 6)}-${p.slice(6)}`])
  const direction = DIRECTIONS[company.direction]?.[random() < 0.5 ? 0 : 1] ?? ''
  const type = TYPES[company.type]?.[random() < 0.5 ? 0 : 1] ?? ''
  const address = random() < 0.1 ? '' : `${company.number} ${direction} ${company.street} ${type}`
  const city = random() < 0.2 ? '' : company.city
  const zip = random() < 0.3 ? '' : company.zip
  const quoted = name.includes(',') ? `"${name}"` : name

  return `${quoted},${site},${phone},${address},${city},${zip}\n`
}

/**
 * Writes `rows` company rows and returns each row's true company id. About 15 % of rows
 * repeat a random earlier company, so duplicates land far apart in the file. A company is
 * rebuilt from its id when repeated, so generating holds no company objects.
 */
async function writeCompanies(file: string, rows: number): Promise<Int32Array> {
  const random = seededRandom(20_240_601)
  const companyOf = (id: number) => newCompany(seededRandom(1_000_003 + id), id)
  const out = createWriteStream(file)
  const entityOfRow = new Int32Array(rows)
  let companies = 0
  let chunk = 'Company Name,Website,Phone,Street Address,City,Zip\n'
  for (let row = 0; row < rows; row++) {
    const repeat = companies > 0 && random() < DUPLICATE_SHARE
    const id = repeat ? Math.floor(random() * companies) : companies++
    entityOfRow[row] = id
    chunk += companyRow(companyOf(id), random, repeat)
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.end(chunk)
  await once(out, 'finish')

  return entityOfRow
}

if (import.meta.main) console.log(JSON.stringify(await benchDedupe(), null, 2))
