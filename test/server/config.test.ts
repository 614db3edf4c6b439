import { describe, expect, it } from 'vitest'

import { loadConfig } from '../../server/config.ts'

describe('loadConfig', () => {
  it('runs on embedded defaults when nothing is set', () => {
    const config = loadConfig({})

    expect(config.databaseUrl).toBeUndefined()
    expect(config.dataDir).toBe('.data')
    expect(config.hubspot.apiBaseUrl).toBeUndefined()
    expect(config.hubspot.requestsPerTenSeconds).toBe(105)
    expect(config.scan.sampleSize).toBe(1_000)
    expect(Object.isFrozen(config.hubspot)).toBe(true)
  })

  it('reports every invalid key in one error', () => {
    const load = () => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', SCAN_SAMPLE_SIZE: '5000' })

    for (const key of ['PORT', 'LOG_LEVEL', 'SCAN_SAMPLE_SIZE']) {
      expect(load).toThrowError(new RegExp(key))
    }
    expect(load).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID' }))
  })

  it('requires the secrets only when the service starts', () => {
    expect(() => loadConfig({}, { forService: true })).toThrowError(
      /TOKEN_ENCRYPTION_KEYS.*SESSION_SECRET/,
    )
    expect(() => loadConfig({})).not.toThrow()
  })

  it('reads the encryption keys with the current one first', () => {
    const config = loadConfig({
      TOKEN_ENCRYPTION_KEYS: `new:${'n'.repeat(32)},old:${'o'.repeat(32)}`,
      SESSION_SECRET: 's'.repeat(32),
    }, { forService: true })

    expect(config.security.tokenKeys.map((key) => key.id)).toEqual(['new', 'old'])
  })

  it('refuses a short encryption key', () => {
    expect(() => loadConfig({ TOKEN_ENCRYPTION_KEYS: 'k1:short' })).toThrowError(
      /32\+ characters/,
    )
  })

  it('refuses settings that would only fail later: country, port, database scheme', () => {
    const load = () => loadConfig({ DEFAULT_COUNTRY: 'XX', PORT: '0x10',
      DATABASE_URL: 'mysql://root@127.0.0.1:5432/test' })

    for (const key of ['DEFAULT_COUNTRY', 'PORT', 'DATABASE_URL must be a postgres']) {
      expect(load).toThrowError(new RegExp(key))
    }
  })

  it('requires app credentials when a real HubSpot API is configured', () => {
    const load = () => loadConfig({ HUBSPOT_API_BASE_URL: 'https://api.hubapi.com' })

    expect(load).toThrowError(/HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET/)
  })

  it('keeps our request budget at or below HubSpot limit of 110 per ten seconds', () => {
    expect(() => loadConfig({ HUBSPOT_REQUESTS_PER_TEN_SECONDS: '111' })).toThrowError(
      /HUBSPOT_REQUESTS_PER_TEN_SECONDS/,
    )
  })
})
