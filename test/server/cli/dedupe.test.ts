import { chmod } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTempDir, SALESFORCE_CSV } from '../../support/dedupe-fixtures.ts'
import { expectOneErrorLine, runCliScript } from '../../support/run-cli.ts'

/** Runs `node server/cli/dedupe.ts ...args` with the Node running the tests (the pinned 24). */
const dedupe = (...args: string[]) => runCliScript('server/cli/dedupe.ts', args)

const COMPANIES = [
  'Site name,Phone,Street,Website',
  'Acme Inc,(312) 555-0100,12 Main St,acme.com',
  'Beta Labs,312 555 0101,14 Main St,beta.io',
  '"ACME, Incorporated",,,https://www.acme.com/about',
  'Gamma,555-0102,9 Elm Ave,',
  'Gamma Group,5550102,9 Elm Avenue,',
].join('\n')

describe('npm run dedupe', () => {
  let temp: Awaited<ReturnType<typeof createTempDir>>
  let companies: string
  beforeAll(async () => {
    temp = await createTempDir()
    companies = await temp.write('companies.csv', `${COMPANIES}\n`)
  })
  afterAll(() => temp.remove())

  it('runs on the pinned Node 24', () => {
    expect(process.version.startsWith('v24')).toBe(true)
  })

  it('prints groups of data-row numbers as JSON', async () => {
    const outcome = await dedupe(companies, '--object', 'companies', '--json')

    // Rows 1 and 3 share acme.com; rows 4 and 5 share phone and street address.
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toBe('')
    expect(JSON.parse(outcome.stdout)).toEqual({
      groups: [
        { rows: [1, 3], confidence: 0.97, reason: 'same domain and similar name' },
        { rows: [4, 5], confidence: 0.97, reason: 'same phone and street address' },
      ],
    })
    expect(outcome.stdout).toBe(`${JSON.stringify(JSON.parse(outcome.stdout))}\n`)
  })

  it('prints a count line and one line per group as text', async () => {
    const outcome = await dedupe(companies, '--object', 'companies')

    expect(outcome.stdout.split('\n')).toEqual([
      '5 companies rows, 2 duplicate groups covering 4 rows',
      'rows 1, 3  confidence 0.97  same domain and similar name',
      'rows 4, 5  confidence 0.97  same phone and street address',
      '',
    ])
  })

  it('reads a column as the property --map names', async () => {
    const file = await temp.write('map.csv', 'Agency,Notes\nAcme Inc,x\nACME,y\nBeta,z\n')

    const unmapped = await dedupe(file, '--object', 'companies', '--json')
    const mapped = await dedupe(file, '--object', 'companies', '--json', '--map', 'Agency=name')

    expect(unmapped.code).toBe(1)
    expect(JSON.parse(mapped.stdout)).toEqual({
      groups: [{ rows: [1, 2], confidence: 0.75, reason: 'same name' }],
    })
  })

  it('reads the Salesforce export (BOM, ragged rows) as contacts', async () => {
    const outcome = await dedupe(SALESFORCE_CSV, '--object', 'contacts', '--json')

    expect(outcome.code).toBe(0)
    expect(JSON.parse(outcome.stdout)).toEqual({ groups: [] })
  })

  describe('rejects bad input with one line on stderr', () => {
    it('a missing file', async () => {
      expectOneErrorLine(
        await dedupe(`${temp.dir}/absent.csv`, '--object', 'companies'),
        1,
        'absent.csv was not found',
      )
    })

    it('an unreadable file', async () => {
      expectOneErrorLine(await dedupe(temp.dir, '--object', 'companies'), 1, 'is a directory')
    })

    it('a file without read permission, unless running as root', async () => {
      const file = await temp.write('locked.csv', COMPANIES)
      await chmod(file, 0o000)
      const outcome = await dedupe(file, '--object', 'companies')
      if (process.getuid?.() === 0) {
        // Root reads any file, so the run succeeds; the directory case covers the error.
        expect(outcome.code).toBe(0)
      } else {
        expectOneErrorLine(outcome, 1, 'permission denied')
      }
    })

    it('an empty file and a header-only file', async () => {
      const empty = await temp.write('empty.csv', '')
      const header = await temp.write('header.csv', 'Name,Phone\r\n')

      expectOneErrorLine(await dedupe(empty, '--object', 'companies'), 1, 'has no data rows')
      expectOneErrorLine(await dedupe(header, '--object', 'companies'), 1, 'has no data rows')
    })

    it('a malformed CSV with an unclosed quote', async () => {
      const file = await temp.write('open.csv', 'Name,Phone\n"Acme,555\nBeta,556\n')

      expectOneErrorLine(
        await dedupe(file, '--object', 'companies'),
        1,
        'is not a valid CSV file: a quoted field is never closed',
      )
    })

    it('an unknown column in --map, naming the known columns', async () => {
      expectOneErrorLine(
        await dedupe(companies, '--object', 'companies', '--map', 'Fax=phone'),
        1,
        'No column named "Fax"; the file has: Site name, Phone, Street, Website.',
      )
    })

    it('an unknown non-Latin or punctuation-only column in --map', async () => {
      const file = await temp.write('cjk.csv', '公司,电话\nAcme,5550100\nAcme,5550100\n')

      for (const column of ['不存在', '!!!']) {
        expectOneErrorLine(
          await dedupe(file, '--object', 'companies', '--map', `${column}=phone`),
          1,
          `No column named "${column}"`,
        )
      }
    })

    it('a file where no column is usable', async () => {
      const file = await temp.write('notes.csv', 'Notes,Zip\nhello,60601\n')

      expectOneErrorLine(await dedupe(file, '--object', 'companies'), 1, '--map')
    })

    it('an unknown property in --map as a usage error', async () => {
      expectOneErrorLine(
        await dedupe(companies, '--object', 'companies', '--map', 'Phone=fax'),
        2,
        'Unknown companies property "fax"',
      )
    })

    it('an unknown or missing object as a usage error', async () => {
      expectOneErrorLine(await dedupe(companies, '--object', 'deals'), 2, 'not "deals"')
      expectOneErrorLine(await dedupe(companies), 2, '--object must be one of')
    })

    it('a missing file argument or an unknown flag as a usage error', async () => {
      expectOneErrorLine(await dedupe('--object', 'companies'), 2, 'give exactly one CSV file')
      expectOneErrorLine(await dedupe(companies, '--object', 'companies', '--fast'), 2, '--fast')
    })
  })
})
