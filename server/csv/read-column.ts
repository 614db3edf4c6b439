import { errors } from '../errors.ts'
import { readCsvRecords } from './read-csv.ts'

/**
 * One column of a CSV file keyed by 1-based data-row number, the numbering the dedupe CLI
 * prints; used to line up a ground-truth column with duplicate groups.
 */
export async function readColumnByRow(file: string, column: string): Promise<Map<string, string>> {
  const records = readCsvRecords(file)
  const header = await records.next()
  if (header.done) throw errors.csvEmpty(file)
  const index = header.value.indexOf(column)
  if (index < 0) throw errors.csvUnknownColumn(column, header.value)

  const values = new Map<string, string>()
  let row = 0
  for await (const record of records) {
    row++
    values.set(String(row), record[index] ?? '')
  }

  return values
}
