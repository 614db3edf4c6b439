import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { SCOPES, scopesOf } from '../../shared/scopes.ts'
import { SCAN_SCOPES } from '../../server/dev/sandbox-portal.ts'
import { REPO } from '../support/run-cli.ts'

const readJson = async (path: string) => JSON.parse(await readFile(join(REPO, path), 'utf8'))

describe('the HubSpot project', () => {
  it('points hsproject.json at hubspot-project/ on platform 2026.03', async () => {
    const project = await readJson('hsproject.json')

    expect(project.srcDir).toBe('hubspot-project')
    expect(project.platformVersion).toBe('2026.03')
  })

  it('declares exactly the canonical scopes, tier by tier', async () => {
    const { config } = await readJson('hubspot-project/app/app-hsmeta.json')

    // Sorted on both sides: a scope added, dropped or moved between tiers on either side
    // fails here.
    expect([...config.auth.requiredScopes].sort()).toEqual(scopesOf('required').sort())
    expect([...config.auth.optionalScopes].sort()).toEqual(scopesOf('optional').sort())
    expect(config.auth.conditionallyRequiredScopes).toEqual([])
  })

  it('gives every canonical scope a justification and lists each once', () => {
    const names = SCOPES.map((entry) => entry.scope)

    expect(new Set(names).size).toBe(names.length)
    for (const entry of SCOPES) expect(entry.why.length).toBeGreaterThan(20)
  })

  it('asks at install for every scope a scan uses', () => {
    expect(scopesOf('required')).toEqual(expect.arrayContaining(SCAN_SCOPES))
  })

  it('is a marketplace app that authenticates with OAuth', async () => {
    const app = await readJson('hubspot-project/app/app-hsmeta.json')

    expect(app.type).toBe('app')
    expect(app.config.distribution).toBe('marketplace')
    expect(app.config.auth.type).toBe('oauth')
  })
})
