import { parseArgs } from 'node:util'

import { isSupportedCountry } from 'libphonenumber-js'

import { dedupeCsvFile, type CsvDedupeResult } from '../csv/dedupe-csv.ts'
import { type ColumnOverride, parseColumnOverride } from '../csv/map-headers.ts'
import { AppError } from '../errors.ts'
import { DEDUPE_OBJECTS, type DedupeObject } from '../scoring/duplicates/index.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE =
  '(usage: npm run dedupe -- <file.csv> --object <companies|contacts> [--json] ' +
  '[--map "Column=property" ...] [--country <region>])'

interface DedupeArgs {
  readonly file: string
  readonly object: DedupeObject
  readonly json: boolean
  readonly overrides: readonly ColumnOverride[]
  readonly country: string
}

/** Finds duplicate rows in a CSV export and prints their row numbers (1 = first data row). */
async function main(argv: string[]): Promise<void> {
  const args = parseDedupeArgs(argv)
  const result = await dedupeCsvFile(args.file, {
    object: args.object,
    overrides: args.overrides,
    defaultCountry: args.country,
  })

  // A reader that stops early (`| head`) closes the pipe; that is not a failure of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
  process.stdout.write(args.json ? formatJson(result) : formatText(result, args.object))
}

/** Reads the command line; every mistake becomes a UsageError (exit code 2). */
export function parseDedupeArgs(argv: readonly string[]): DedupeArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        object: { type: 'string' },
        json: { type: 'boolean', default: false },
        map: { type: 'string', multiple: true, default: [] },
        country: { type: 'string', default: 'US' },
      },
    })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} ${USAGE}`)
  }

  const { positionals, values } = parsed
  if (positionals.length !== 1) throw new UsageError(`give exactly one CSV file ${USAGE}`)
  const object = DEDUPE_OBJECTS.find((name) => name === values.object)
  if (!object) {
    throw new UsageError(
      `--object must be one of ${DEDUPE_OBJECTS.join(', ')}` +
        (values.object === undefined ? '' : `, not "${values.object}"`),
    )
  }
  if (!isSupportedCountry(values.country.toUpperCase())) {
    throw new UsageError('--country takes a two-letter region code such as US or GB')
  }

  try {
    const overrides = values.map.map((text) => parseColumnOverride(text, object))

    return {
      file: positionals[0] ?? '',
      object,
      json: values.json,
      overrides,
      country: values.country.toUpperCase(),
    }
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message)
    throw error
  }
}

/** `{"groups":[{"rows":[1,5],"confidence":0.97,"reason":"..."}]}` and a newline. */
export function formatJson(result: CsvDedupeResult): string {
  const groups = result.groups.map(({ rows, confidence, reason }) => ({
    rows,
    confidence,
    reason,
  }))

  return `${JSON.stringify({ groups })}\n`
}

/** A header line with counts, then one line per group. */
export function formatText(result: CsvDedupeResult, object: DedupeObject): string {
  const inGroups = result.groups.reduce((sum, group) => sum + group.rows.length, 0)
  const lines = [
    `${result.rowCount} ${object} rows, ${result.groups.length} duplicate groups ` +
      `covering ${inGroups} rows`,
  ]
  for (const group of result.groups) {
    lines.push(
      `rows ${group.rows.join(', ')}  confidence ${group.confidence.toFixed(2)}  ${group.reason}`,
    )
  }

  return `${lines.join('\n')}\n`
}

if (import.meta.main) runCli(main)
