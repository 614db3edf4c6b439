import { createServer } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../../../server/sandbox/index.ts'
import { expectOneErrorLine, runCliScript } from '../../support/run-cli.ts'

const scan = (...args: string[]) => runCliScript('server/cli/scan.ts', args)

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))

  return typeof address === 'object' && address ? address.port : 1
}

describe('npm run scan', () => {
  let sandbox: Sandbox
  let baseUrl: string

  beforeAll(async () => {
    sandbox = await createSandbox()
    baseUrl = await sandbox.listen(0)
  })
  afterAll(() => sandbox.close())

  it('prints one JSON object with the score, the checks and the duplicate groups', async () => {
    const outcome = await scan('--json')

    expect(outcome.code).toBe(0)
    const report = JSON.parse(outcome.stdout)
    expect(report.score).toBeGreaterThanOrEqual(0)
    expect(report.score).toBeLessThanOrEqual(100)
    for (const type of ['contacts', 'companies', 'deals']) {
      expect(typeof report.objects[type].score).toBe('number')
      for (const check of report.objects[type].checks) {
        expect(Object.keys(check)).toEqual(expect.arrayContaining(['id', 'severity',
          'affected', 'sampleSize', 'passRate']))
      }
    }
    const group = report.duplicates.companies[0]
    expect(group.ids.length).toBeGreaterThanOrEqual(2)
    expect(group.confidence).toBeGreaterThan(0)
    expect(typeof group.reason).toBe('string')
  })

  it('scans a portal by private app token against --api', async () => {
    const token = sandbox.createPrivateAppToken()

    const outcome = await scan('--json', '--token', token, '--api', baseUrl)

    expect(outcome.code).toBe(0)
    expect(JSON.parse(outcome.stdout).portalId).toBe(sandbox.portalId)
  })

  it('prints the score table without --json', async () => {
    const outcome = await scan()

    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toMatch(/^Portal \d+: health score \d+ \/ 100$/m)
    expect(outcome.stdout).toMatch(/^companies\s+\d+\s+\d+\s+1000\s+\d+$/m)
  })

  it('rejects a wrong token with one clear line', async () => {
    const outcome = await scan('--token', 'wrong-token', '--api', baseUrl)

    expectOneErrorLine(outcome, 1, 'HubSpot rejected the access token')
  })

  it('reports an unreachable API with one clear line', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`

    const outcome = await scan('--token', 'any-token', '--api', url)

    expectOneErrorLine(outcome, 1, `Cannot reach the HubSpot API at ${url}`)
  })

  it('rejects an unknown flag as a usage error', async () => {
    const outcome = await scan('--colour')

    expect(outcome.code).toBe(2)
    expect(outcome.stdout).toBe('')
    expect(outcome.stderr).toMatch(/^error: .*--colour/)
  })

  it('refuses --api without --token', async () => {
    const outcome = await scan('--api', baseUrl)

    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain('--api needs --token')
  })
})
