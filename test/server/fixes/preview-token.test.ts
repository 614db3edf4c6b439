import { describe, expect, it } from 'vitest'

import { type PreviewClaims, signPreview, verifyPreview }
  from '../../../server/fixes/preview-token.ts'

const SECRET = 'test-only-preview-secret-0123456789abcdef'
const claims: PreviewClaims = { portalId: 1, objectType: 'contacts', objectId: '5',
  fix: 'normalize-email', findingId: 'invalid:email', changes: [], merge: null,
  lastModified: { 5: '2025-01-01T00:00:00.000Z' }, expiresAtMs: 1_000 }

describe('preview ids', () => {
  it('verifies its own preview before it expires', () => {
    expect(verifyPreview(SECRET, signPreview(SECRET, claims), 999))
      .toEqual({ ok: true, claims })
  })

  it('refuses an expired preview', () => {
    expect(verifyPreview(SECRET, signPreview(SECRET, claims), 1_000))
      .toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a preview whose claims were changed', () => {
    const [, signature] = signPreview(SECRET, claims).split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, portalId: 2 }))
      .toString('base64url')

    expect(verifyPreview(SECRET, `${forged}.${signature}`, 0))
      .toEqual({ ok: false, reason: 'signature' })
  })

  it('refuses a preview signed with another secret', () => {
    const other = signPreview(`${SECRET}-other`, claims)

    expect(verifyPreview(SECRET, other, 0)).toEqual({ ok: false, reason: 'signature' })
  })
})
