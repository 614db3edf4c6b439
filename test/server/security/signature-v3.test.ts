import { describe, expect, it } from 'vitest'

import {
  signedUri,
  signV3,
  verifySignatureV3,
} from '../../../server/security/signature-v3.ts'

const SECRET = 'test-client-secret-0123456789'
const TIMESTAMP = '1707926838792'
const NOW_MS = 1_707_926_838_792 + 1_000
const HEALTH_URI = 'https://pp.example.com/card/portal-health?portalId=62515&userId=9100001' +
  '&note=a%3Ab%2Fc'
// printf '%s' 'GEThttps://pp.example.com/card/portal-health?portalId=62515&userId=9100001
// &note=a:b/c1707926838792' | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
// (the URI with %3A and %2F decoded, then the timestamp string appended)
const HEALTH_SIGNATURE = 'BlSkTzPdXfJZRN6pPKeOz7A+PqtSFk85AHZ0B5WgBGc='
const FIX_URI = 'https://pp.example.com/card/fix?portalId=62515'
const FIX_BODY = '{"ids":["1","2"]}'
// The same openssl line over 'POST' + FIX_URI + FIX_BODY + TIMESTAMP.
const FIX_SIGNATURE = 'PJe6VhU/QE/iwee0fDQmLlkP5XLCt6KZihYLhCw+wBc='

function check(overrides: Partial<Parameters<typeof verifySignatureV3>[0]> = {}) {
  return verifySignatureV3({
    method: 'POST',
    uri: FIX_URI,
    rawBody: FIX_BODY,
    timestampHeader: TIMESTAMP,
    signatureHeader: FIX_SIGNATURE,
    clientSecret: SECRET,
    nowMs: NOW_MS,
    ...overrides,
  })
}

describe('signedUri', () => {
  it('decodes exactly the twelve listed escapes and leaves every other one', () => {
    const uri = 'https://h/p?x=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B&y=%20%26%3D%25%2B%3a'

    expect(signedUri(uri)).toBe("https://h/p?x=:/?@!$'()*,;&y=%20%26%3D%25%2B%3a")
  })

  it('decodes in one pass, so %253A stays an escaped percent sign', () => {
    expect(signedUri('https://h/?q=%253A')).toBe('https://h/?q=%253A')
  })
})

describe('signV3', () => {
  it('matches HMAC-SHA256 in base64 computed by openssl', () => {
    expect(signV3({ method: 'GET', uri: HEALTH_URI, rawBody: '', timestamp: TIMESTAMP,
      clientSecret: SECRET })).toBe(HEALTH_SIGNATURE)
    expect(signV3({ method: 'POST', uri: FIX_URI, rawBody: FIX_BODY, timestamp: TIMESTAMP,
      clientSecret: SECRET })).toBe(FIX_SIGNATURE)
  })

  it('refuses an empty client secret as misuse', () => {
    expect(() => signV3({ method: 'GET', uri: HEALTH_URI, rawBody: '', timestamp: TIMESTAMP,
      clientSecret: '' })).toThrow(TypeError)
  })
})

describe('verifySignatureV3', () => {
  it('accepts a request signed the HubSpot way', () => {
    expect(check()).toEqual({ ok: true })
    expect(check({ method: 'GET', uri: HEALTH_URI, rawBody: '',
      signatureHeader: HEALTH_SIGNATURE })).toEqual({ ok: true })
  })

  it('uses the timestamp header text as sent (fidelity item 24)', () => {
    // Signed over '1707926838792', received as '1707926838792.0': the same instant as a
    // number, but another string, so the HMAC differs.
    expect(check({ timestampHeader: `${TIMESTAMP}.0` })).toEqual({ ok: false,
      reason: 'mismatch' })
    // Signed over '1707926838792.0' and sent so: valid, because nothing re-formats it.
    const signature = signV3({ method: 'POST', uri: FIX_URI, rawBody: FIX_BODY,
      timestamp: `${TIMESTAMP}.0`, clientSecret: SECRET })
    expect(check({ timestampHeader: `${TIMESTAMP}.0`, signatureHeader: signature }))
      .toEqual({ ok: true })
  })

  it('refuses a replay captured six minutes ago, though its signature is valid', () => {
    const sixMinutesLaterMs = 1_707_926_838_792 + 6 * 60_000

    expect(check({ nowMs: sixMinutesLaterMs })).toEqual({ ok: false, reason: 'stale' })
  })

  it('accepts a request exactly five minutes old and refuses one a millisecond older', () => {
    const sentMs = 1_707_926_838_792

    expect(check({ nowMs: sentMs + 300_000 })).toEqual({ ok: true })
    expect(check({ nowMs: sentMs + 300_001 })).toEqual({ ok: false, reason: 'stale' })
  })

  it('refuses a timestamp further in the future than the allowed clock skew', () => {
    const sentMs = 1_707_926_838_792

    expect(check({ nowMs: sentMs - 60_000 })).toEqual({ ok: true })
    expect(check({ nowMs: sentMs - 60_001 })).toEqual({ ok: false, reason: 'future' })
    expect(check({ nowMs: sentMs - 600_000 })).toEqual({ ok: false, reason: 'future' })
  })

  it('refuses a tampered body, method, path or query', () => {
    const mismatch = { ok: false, reason: 'mismatch' }

    expect(check({ rawBody: '{"ids":["1","3"]}' })).toEqual(mismatch)
    expect(check({ rawBody: '{"ids": ["1","2"]}' })).toEqual(mismatch)
    expect(check({ method: 'PUT' })).toEqual(mismatch)
    expect(check({ uri: 'https://pp.example.com/card/fixes?portalId=62515' })).toEqual(mismatch)
    expect(check({ uri: 'https://pp.example.com/card/fix?portalId=62516' })).toEqual(mismatch)
    expect(check({ uri: 'https://evil.example.com/card/fix?portalId=62515' }))
      .toEqual(mismatch)
  })

  it('refuses a signature made with another secret, or truncated, or garbled', () => {
    const other = signV3({ method: 'POST', uri: FIX_URI, rawBody: FIX_BODY,
      timestamp: TIMESTAMP, clientSecret: 'another-client-secret-0123456789' })
    const mismatch = { ok: false, reason: 'mismatch' }

    expect(check({ signatureHeader: other })).toEqual(mismatch)
    expect(check({ signatureHeader: FIX_SIGNATURE.slice(0, -1) })).toEqual(mismatch)
    expect(check({ signatureHeader: `${FIX_SIGNATURE}=` })).toEqual(mismatch)
    expect(check({ signatureHeader: FIX_SIGNATURE.toLowerCase() })).toEqual(mismatch)
  })

  it('reports a missing or unusable timestamp or signature as missing', () => {
    const missing = { ok: false, reason: 'missing' }

    expect(check({ timestampHeader: undefined })).toEqual(missing)
    expect(check({ timestampHeader: '' })).toEqual(missing)
    expect(check({ timestampHeader: 'yesterday' })).toEqual(missing)
    expect(check({ timestampHeader: '-1707926838792' })).toEqual(missing)
    expect(check({ timestampHeader: '1e12' })).toEqual(missing)
    expect(check({ signatureHeader: undefined })).toEqual(missing)
    expect(check({ signatureHeader: '' })).toEqual(missing)
  })
})
