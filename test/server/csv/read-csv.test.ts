import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readCsvRecords } from '../../../server/csv/read-csv.ts'
import { AppError } from '../../../server/errors.ts'
import { createTempDir } from '../../support/dedupe-fixtures.ts'

async function readAll(file: string): Promise<string[][]> {
  const rows: string[][] = []
  for await (const record of readCsvRecords(file)) rows.push(record)

  return rows
}

async function failureOf(file: string): Promise<AppError> {
  const error = await readAll(file).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)

  return error
}

describe('readCsvRecords', () => {
  let temp: Awaited<ReturnType<typeof createTempDir>>
  beforeAll(async () => {
    temp = await createTempDir()
  })
  afterAll(() => temp.remove())

  it('drops a byte-order mark and keeps quoted newlines inside one field', async () => {
    const file = await temp.write('bom.csv', '\uFEFFName,Note\r\n"Acme","line one\nline two"\r\n')

    expect(await readAll(file)).toEqual([['Name', 'Note'], ['Acme', 'line one\nline two']])
  })

  it('accepts ragged rows and skips empty lines', async () => {
    const file = await temp.write('ragged.csv', 'a,b,c\n1\n\n1,2,3,4\n')

    expect(await readAll(file)).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']])
  })

  it('keeps a stray quote inside an unquoted field as text', async () => {
    const file = await temp.write('inch.csv', 'item\n15" screen\n')

    expect(await readAll(file)).toEqual([['item'], ['15" screen']])
  })

  it('reports an unclosed quote as CSV_MALFORMED without quoting the field', async () => {
    const file = await temp.write('open.csv', 'name,phone\n"Secret Corp,555\n')

    const error = await failureOf(file)

    expect(error.code).toBe('CSV_MALFORMED')
    expect(error.message).toContain('a quoted field is never closed')
    expect(error.message).not.toContain('Secret')
  })

  it('reports a missing file as NOT_FOUND and a directory as CSV_MALFORMED', async () => {
    expect((await failureOf(`${temp.dir}/absent.csv`)).code).toBe('NOT_FOUND')
    expect((await failureOf(temp.dir)).code).toBe('CSV_MALFORMED')
  })

  it('yields nothing for an empty file', async () => {
    const file = await temp.write('empty.csv', '')

    expect(await readAll(file)).toEqual([])
  })
})
