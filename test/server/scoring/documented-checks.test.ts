import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CheckResult } from '../../../shared/report.ts'
import { runScan } from '../../../server/scans/run-scan.ts'
import { REPO } from '../../support/run-cli.ts'
import { connectSandbox } from '../../support/sandbox-scan.ts'

/**
 * The check table in server/scoring/README.md is the published rule book: each check's
 * severity and threshold there is what the code must do. Rows name a full id and may list
 * siblings as `.suffix`; rows with `<placeholders>` describe families and are skipped.
 */
async function documentedChecks(): Promise<Map<string, { severity: string; threshold: number }>> {
  const readme = await readFile(join(REPO, 'server/scoring/README.md'), 'utf8')
  const documented = new Map<string, { severity: string; threshold: number }>()
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    const [, names, severity, threshold] = cells
    if (!names?.startsWith('`') || names.includes('<') || !threshold) continue
    if (!/^(critical|warning|info)$/.test(severity ?? '')) continue

    const ids = [...names.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '')
    const first = ids[0] ?? ''
    const stem = first.slice(0, first.lastIndexOf('.'))
    for (const id of ids) {
      const full = id.startsWith('.') ? `${stem}${id}` : id
      documented.set(full, { severity: severity ?? '', threshold: Number(threshold) })
    }
  }

  return documented
}

describe('the documented check table', () => {
  let checks: CheckResult[]
  let portal: Awaited<ReturnType<typeof connectSandbox>>

  beforeAll(async () => {
    portal = await connectSandbox()
    const { report } = await runScan(portal.deps, { kind: 'sample', sampleSize: 1_000,
      defaultCountry: 'US' })
    checks = Object.values(report.objects).flatMap((object) => [...object.checks])
  })
  afterAll(() => portal.close())

  it('matches the severity and threshold of every check the sandbox scan runs', async () => {
    const documented = await documentedChecks()
    let compared = 0

    for (const check of checks) {
      const rule = documented.get(check.id)
      if (!rule) continue
      expect({ id: check.id, severity: check.severity, threshold: check.threshold })
        .toEqual({ id: check.id, ...rule })
      compared++
    }

    // The sandbox seed exercises nearly every documented row; fewer means the test went soft.
    expect(documented.size).toBeGreaterThanOrEqual(30)
    expect(compared).toBeGreaterThanOrEqual(25)
  })
})
