import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { SCAN_SCOPES } from '../../server/dev/sandbox-portal.ts'
import { REPO } from '../support/run-cli.ts'

const readJson = async (path: string) => JSON.parse(await readFile(join(REPO, path), 'utf8'))

describe('the HubSpot project', () => {
  it('points hsproject.json at hubspot-project/ on platform 2026.03', async () => {
    const project = await readJson('hsproject.json')

    expect(project.srcDir).toBe('hubspot-project')
    expect(project.platformVersion).toBe('2026.03')
  })

  it('asks at install for every scope a scan uses', async () => {
    // TODO(#3): compare against the canonical scope list in shared/ in both directions.
    const app = await readJson('hubspot-project/app/app-hsmeta.json')

    expect(app.type).toBe('app')
    expect(app.config.distribution).toBe('marketplace')
    expect(app.config.auth.type).toBe('oauth')
    expect(app.config.auth.requiredScopes).toEqual(expect.arrayContaining(SCAN_SCOPES))
  })
})
