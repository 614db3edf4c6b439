import { errors } from '../errors.ts'
import { createDuplicateFinder, type DedupeObject } from '../scoring/duplicates/index.ts'
import { type ColumnOverride, mapHeaders, type MappedColumn } from './map-headers.ts'
import { readCsvRecords } from './read-csv.ts'

export interface CsvDedupeOptions {
  readonly object: DedupeObject
  readonly overrides?: readonly ColumnOverride[]
  /** Region for phones without a country code; US by default. */
  readonly defaultCountry?: string
}

/** A duplicate group by 1-based data-row number (the header is not a row). */
export interface CsvDuplicateGroup {
  readonly rows: readonly number[]
  readonly confidence: number
  readonly reason: string
}

export interface CsvDedupeResult {
  readonly rowCount: number
  readonly columns: readonly MappedColumn[]
  readonly groups: readonly CsvDuplicateGroup[]
}

/** Sets of properties of which one complete set must be mapped for any rule to apply. */
const USABLE_SETS: Readonly<Record<DedupeObject, readonly (readonly string[])[]>> = {
  companies: [['name'], ['domain'], ['website'], ['phone'], ['address']],
  contacts: [['email'], ['firstname', 'lastname']],
}

/**
 * Streams a CSV export through the duplicate engine: header mapping, one `add` per row, and
 * groups of row numbers. Memory holds the engine's compact keys, not the rows.
 */
export async function dedupeCsvFile(
  file: string,
  options: CsvDedupeOptions,
): Promise<CsvDedupeResult> {
  const records = readCsvRecords(file)
  const first = await records.next()
  if (first.done) throw errors.csvEmpty(file)

  const columns = mapHeaders(first.value, options.object, options.overrides)
  assertUsable(file, options.object, columns)

  const finder = createDuplicateFinder(options.object, {
    defaultCountry: options.defaultCountry,
  })
  // One object reused for every row: the engine keeps keys, never the values object.
  const values: Record<string, string | undefined> = {}
  let rowCount = 0
  for await (const record of records) {
    rowCount++
    for (const column of columns) values[column.property] = record[column.index]
    finder.add(String(rowCount), values)
  }
  if (rowCount === 0) throw errors.csvEmpty(file)

  const groups = finder.finish().map((group) => ({
    rows: group.ids.map(Number).sort((a, b) => a - b),
    confidence: group.confidence,
    reason: group.reason,
  }))

  return { rowCount, columns, groups }
}

function assertUsable(file: string, object: DedupeObject, columns: readonly MappedColumn[]) {
  const mapped = new Set(columns.map((column) => column.property))
  const sets = USABLE_SETS[object]
  if (sets.some((set) => set.every((property) => mapped.has(property)))) return

  const wanted = sets.map((set) => set.join(' + ')).join(', ')
  throw errors.badRequest(
    `No column of ${file} maps to what ${object} are matched on (${wanted}); ` +
      'name one with --map "Column=property".',
  )
}
