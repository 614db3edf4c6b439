import { describe, expect, it } from 'vitest'

import {
  isHttpsOrigin,
  serviceOriginFrom,
} from '../../../../../hubspot-project/app/cards/api/service-origin.ts'

describe('serviceOriginFrom', () => {
  it('takes a bare HTTPS origin from the profile variables', () => {
    expect(serviceOriginFrom({ SERVICE_ORIGIN: 'https://pilot.example.org' }))
      .toBe('https://pilot.example.org')
  })

  it('refuses a missing, non-HTTPS, localhost or path-bearing origin', () => {
    expect(serviceOriginFrom(undefined)).toBeNull()
    expect(serviceOriginFrom({ SERVICE_ORIGIN: 42 })).toBeNull()
    for (const value of ['http://pilot.example.org', 'https://localhost:8443',
      'https://pilot.example.org/', 'https://pilot.example.org/card', 'pilot.example.org',
      'https://user:pw@pilot.example.org']) {
      expect(isHttpsOrigin(value), value).toBe(false)
    }
  })
})
