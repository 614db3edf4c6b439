import { readFile } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dedupeCsvFile } from '../../../server/csv/dedupe-csv.ts'
import { readColumnByRow } from '../../../server/csv/read-column.ts'
import { AppError } from '../../../server/errors.ts'
import { pairMetrics } from '../../../server/scoring/duplicates/pair-metrics.ts'
import { CHICAGO_CSV, createTempDir, SALESFORCE_CSV } from '../../support/dedupe-fixtures.ts'

describe('dedupeCsvFile', () => {
  let temp: Awaited<ReturnType<typeof createTempDir>>
  beforeAll(async () => {
    temp = await createTempDir()
  })
  afterAll(() => temp.remove())

  it('groups rows by 1-based data-row number', async () => {
    const file = await temp.write(
      'companies.csv',
      'Company Name,Website,Notes\nAcme Inc,acme.com,x\nBeta,beta.io,y\n"ACME",www.acme.com,z\n',
    )

    const result = await dedupeCsvFile(file, { object: 'companies' })

    expect(result.rowCount).toBe(3)
    expect(result.groups).toEqual([
      { rows: [1, 3], confidence: 0.97, reason: 'same domain and similar name' },
    ])
  })

  it('maps the Salesforce export as contacts despite its BOM and ragged rows', async () => {
    const result = await dedupeCsvFile(SALESFORCE_CSV, { object: 'contacts' })

    // 14 data rows; the 6 contacts are distinct people, the 8 account-only rows lack names.
    expect(result.rowCount).toBe(14)
    expect(result.columns.map((column) => column.property)).toEqual([
      'company', 'firstname', 'lastname', 'email',
    ])
    expect(result.groups).toEqual([])
  })

  it('finds the contact duplicated inside an edited copy of the Salesforce export', async () => {
    const text = await readFile(SALESFORCE_CSV, 'utf8')
    const lines = text.trimEnd().split(/\r?\n/)
    // Append Amy Taylor (row 1) again with an upper-case email: row 15.
    const copy = [...lines, (lines[1] ?? '').toUpperCase()]
    const file = await temp.write('sf.csv', `${copy.join('\n')}\n`)

    const result = await dedupeCsvFile(file, { object: 'contacts' })

    // Email and name + company both match; one link is enough, the strongest is kept.
    expect(result.groups).toEqual([
      { rows: [1, 15], confidence: 0.99, reason: 'same email address' },
    ])
  })

  it('meets the Chicago precision and recall targets through the CSV path', async () => {
    const result = await dedupeCsvFile(CHICAGO_CSV, { object: 'companies' })
    const truth = await readColumnByRow(CHICAGO_CSV, 'True Id')

    const metrics = pairMetrics(
      result.groups.map((group) => ({ ids: group.rows.map(String) })),
      truth,
    )

    expect(result.columns.map((column) => column.column)).toEqual([
      'Site name', 'Address', 'Zip', 'Phone', 'Website',
    ])
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95)
    expect(metrics.recall).toBeGreaterThanOrEqual(0.8)
  })

  it.each([
    ['an empty file', ''],
    ['a header-only file', 'Name,Phone\n'],
  ])('rejects %s as CSV_EMPTY', async (_, content) => {
    const file = await temp.write('empty.csv', content)

    await expect(dedupeCsvFile(file, { object: 'companies' })).rejects.toMatchObject({
      code: 'CSV_EMPTY',
    })
  })

  it('rejects a file where no column maps to a usable property', async () => {
    const file = await temp.write('useless.csv', 'Company,Zip\nAcme,60601\n')

    const error = await dedupeCsvFile(file, { object: 'contacts' }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toContain('email, firstname + lastname')
  })
})
