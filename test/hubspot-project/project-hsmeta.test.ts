import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { getAllHsProfiles, loadHsProfileFile } from '@hubspot/project-parsing-lib/profiles'
import { isKnownPlatformVersion, parseProjectConfig } from '@hubspot/project-parsing-lib/projects'
import { translate } from '@hubspot/project-parsing-lib/translate'
import { describe, expect, it } from 'vitest'

import { OBJECT_TYPES } from '../../shared/crm.ts'
import { isHttpsOrigin } from '../../hubspot-project/app/cards/api/service-origin.ts'
import { REPO } from '../support/run-cli.ts'

const SRC = join(REPO, 'hubspot-project')
const CARDS = join(SRC, 'app/cards')
const CARD_KEYS = ['description', 'entrypoint', 'location', 'name', 'objectTypes']
const LOCATIONS = ['crm.record.tab', 'crm.record.sidebar']
const UID = /^[A-Za-z0-9_.-]{1,64}$/

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'))

async function cardConfigs() {
  const names = (await readdir(CARDS)).filter((name) => name.endsWith('-hsmeta.json'))

  return Promise.all(names.map(async (name) => ({ name, meta: await readJson(join(CARDS, name)) })))
}

describe('the HubSpot project offline', () => {
  it('parses with HubSpot\'s own project config parser', () => {
    const config = parseProjectConfig(REPO)

    expect(config.srcDir).toBe('hubspot-project')
    expect(isKnownPlatformVersion('2026.03')).toBe(true)
  })

  it('gives every card the known keys, a CRM record location and one object type', async () => {
    const cards = await cardConfigs()

    expect(cards.map((card) => card.name).sort())
      .toEqual(['companies-hsmeta.json', 'contacts-hsmeta.json', 'deals-hsmeta.json'])
    for (const { name, meta } of cards) {
      expect(Object.keys(meta).sort(), name).toEqual(['config', 'type', 'uid'])
      expect(meta.type, name).toBe('card')
      expect(meta.uid, name).toMatch(UID)
      expect(Object.keys(meta.config).sort(), name).toEqual(CARD_KEYS)
      expect(LOCATIONS, name).toContain(meta.config.location)
      expect(meta.config.objectTypes, name).toEqual([name.replace('-hsmeta.json', '')])
      expect(OBJECT_TYPES, name).toContain(meta.config.objectTypes[0])
    }
  })

  it('points every entrypoint at a file that exists', async () => {
    for (const { name, meta } of await cardConfigs()) {
      const entry = String(meta.config.entrypoint)
      expect(entry, name).toMatch(/^\/app\/cards\/[a-z-]+\.tsx$/)
      await expect(access(join(SRC, entry)), name).resolves.toBeUndefined()
    }
  })

  it('uses a uid once across the app and its cards', async () => {
    const app = await readJson(join(SRC, 'app/app-hsmeta.json'))
    const uids = [app.uid, ...(await cardConfigs()).map((card) => card.meta.uid)]

    expect(new Set(uids).size).toBe(4)
  })

  it('lets every profile set one HTTPS service origin as the only fetch origin', async () => {
    const profiles = await getAllHsProfiles(SRC)
    const app = await readJson(join(SRC, 'app/app-hsmeta.json'))

    expect(app.config.permittedUrls.fetch).toEqual(['${SERVICE_ORIGIN}'])
    expect(profiles.length).toBeGreaterThanOrEqual(2)
    for (const profile of profiles) {
      const origin = loadHsProfileFile(SRC, profile).variables?.SERVICE_ORIGIN
      expect(isHttpsOrigin(String(origin)), profile).toBe(true)
    }
  })

  it('translates with the production profile into the components HubSpot would build',
    async () => {
      const context = { projectSourceDir: SRC, platformVersion: '2026.03', accountId: 1 }
      const result = await translate(context, { skipValidation: true, profile: 'production' })
      const nodes = result.intermediateRepresentation.intermediateNodesIndexedByUid
      const profile = loadHsProfileFile(SRC, 'production')

      expect(Object.keys(nodes).sort()).toEqual(['portalpilot_app', 'portalpilot_company_card',
        'portalpilot_contact_card', 'portalpilot_deal_card'])
      // The ${SERVICE_ORIGIN} placeholder is replaced by the profile's value.
      const app = nodes.portalpilot_app?.config as { permittedUrls?: unknown } | undefined
      expect(app?.permittedUrls).toMatchObject({
        fetch: [profile.variables?.SERVICE_ORIGIN],
      })
      expect(nodes.portalpilot_deal_card?.componentType).toBe('CARD')
    })
})
