import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream'

import { CsvError, parse } from 'csv-parse'

import { AppError, errors } from '../errors.ts'

/** Parser settings shared by every reader, so the bench's baseline parses the same way. */
export const CSV_OPTIONS = {
  bom: true,
  // Exports from CRMs leave trailing columns off short rows (Salesforce's sample does).
  relax_column_count: true,
  // A stray quote inside an unquoted field (5" screen) is text, not a broken file.
  relax_quotes: true,
  skip_empty_lines: true,
} as const

/**
 * Every record of a CSV file, header first, read as a stream. File and parse failures
 * become AppErrors that name the file and the line, never a field's content.
 */
export async function* readCsvRecords(file: string): AsyncGenerator<string[]> {
  const handle = await openForReading(file)
  const parser = pipeline(handle.createReadStream(), parse(CSV_OPTIONS), () => {})
  try {
    for await (const record of parser) yield record as string[]
  } catch (error) {
    throw describeFailure(file, error)
  } finally {
    parser.destroy()
  }
}

async function openForReading(file: string) {
  try {
    const handle = await open(file, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) {
      await handle.close()
      throw errors.csvMalformed(file, 'it is a directory, not a file')
    }

    return handle
  } catch (error) {
    throw describeFailure(file, error)
  }
}

const PARSE_PROBLEMS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by more text',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by more text',
  CSV_MAX_RECORD_SIZE: 'a record is too large',
}

function describeFailure(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof CsvError) {
    const problem = PARSE_PROBLEMS[error.code] ?? `the parser stopped (${error.code})`
    const line = (error as { lines?: unknown }).lines

    const where = typeof line === 'number' ? ` (line ${line})` : ''

    return errors.csvMalformed(file, `${problem}${where}`)
  }

  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return errors.notFound(`The file ${file}`)
  if (code === 'EACCES' || code === 'EPERM') {
    return errors.csvMalformed(file, 'it cannot be read (permission denied)')
  }
  if (code === 'EISDIR') return errors.csvMalformed(file, 'it is a directory, not a file')

  return errors.csvMalformed(file, `it cannot be read (${code ?? 'unknown error'})`)
}
