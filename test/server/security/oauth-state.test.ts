import { describe, expect, it } from 'vitest'

import { createStateSigner, STATE_TTL_MS } from '../../../server/security/oauth-state.ts'
import { createFakeClock } from '../../support/fake-clock.ts'

const SECRET = 'test-only-state-secret-0123456789abcdef'

describe('createStateSigner', () => {
  it('accepts a state it issued and returns its purpose', () => {
    const signer = createStateSigner(SECRET)
    const { state, payload } = signer.issue('install')

    expect(signer.verify(state)).toEqual(payload)
    expect(payload.purpose).toBe('install')
  })

  it('refuses a state past its ten minutes', () => {
    const clock = createFakeClock()
    const signer = createStateSigner(SECRET, clock.now)
    const { state } = signer.issue('login')

    clock.advance(STATE_TTL_MS)

    expect(signer.verify(state)).toBeNull()
  })

  it('refuses a state whose payload was altered', () => {
    const signer = createStateSigner(SECRET)
    const { state } = signer.issue('login')
    const [body, signature] = state.split('.')
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...payload, purpose: 'install' }))
      .toString('base64url')

    expect(signer.verify(`${forged}.${signature}`)).toBeNull()
  })

  it('refuses a state signed with another secret', () => {
    const { state } = createStateSigner(`${SECRET}-other`).issue('install')

    expect(createStateSigner(SECRET).verify(state)).toBeNull()
  })

  it('refuses malformed states without throwing', () => {
    const signer = createStateSigner(SECRET)

    for (const state of ['', '.', 'abc', 'a.b.c', '%%%.%%%', `${'x'.repeat(5000)}.y`]) {
      expect(signer.verify(state)).toBeNull()
    }
  })
})
