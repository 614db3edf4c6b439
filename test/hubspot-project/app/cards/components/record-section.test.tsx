import {
  Button,
  EmptyState,
  ErrorState,
  LoadingSpinner,
  Tag,
  Text,
} from '@hubspot/ui-extensions'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { RecordFinding } from '../../../../../shared/card-api.ts'
import {
  ok,
  portalHealth,
  recordHealth,
  renderCard,
  type SentRequest,
  stubService,
} from '../card-harness.tsx'

const healthy = { 'GET /card/portal-health': ok(portalHealth()) }

const invalidEmail: RecordFinding = {
  id: 'invalid:email', kind: 'invalid', property: 'email', label: 'Email',
  reason: 'The address has a space in it, so mail to it bounces.', severity: 'critical',
  fix: 'normalize-email',
}
const noCompany: RecordFinding = {
  id: 'association:companies', kind: 'association', property: null, label: 'Company',
  reason: 'No company is linked although the email domain matches one.', severity: 'warning',
  fix: null,
}

const recordCalls = (sent: SentRequest[]) =>
  sent.filter((request) => request.url.pathname === '/card/record')

afterEach(() => { vi.restoreAllMocks() })

describe('the record section', () => {
  it('shows a spinner until the record is checked', () => {
    stubService({ ...healthy, 'GET /card/record': () => new Promise<never>(() => {}) })
    const { find } = renderCard()

    expect(find(LoadingSpinner, { label: 'Checking this record' })).toBeTruthy()
  })

  it('asks about the record on screen, for each object type', async () => {
    for (const objectType of ['contacts', 'companies', 'deals'] as const) {
      const { sent } = stubService({ ...healthy, 'GET /card/record': ok(recordHealth()) })
      const { findByTestId, waitFor } = renderCard(objectType)

      await waitFor(() => expect(findByTestId(EmptyState, 'record-clean')).toBeTruthy())
      const query = recordCalls(sent)[0]?.url.searchParams
      expect([query?.get('objectType'), query?.get('objectId')]).toEqual([objectType, '501'])
      expect([query?.get('portalId'), query?.get('userId')]).toEqual(['123', '7'])
      vi.restoreAllMocks()
    }
  })

  it('says so when nothing is wrong with the record', async () => {
    stubService({ ...healthy, 'GET /card/record': ok(recordHealth()) })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(EmptyState, 'record-clean').props.title)
      .toBe('Nothing to fix here'))
  })

  it('lists findings with their reasons, duplicates with confidence, and gaps', async () => {
    const duplicates = [{ recordId: '777', name: 'Ann Lee', confidence: 0.874,
      reason: 'Same email after normalising.' }]
    stubService({ ...healthy,
      'GET /card/record': ok(recordHealth({ findings: [invalidEmail, noCompany], duplicates })) })
    const { findByTestId, findAll, waitFor, maybeFindByTestId } = renderCard()

    await waitFor(() => expect(maybeFindByTestId(Button, 'merge-777-open')).not.toBeNull())
    const texts = findAll(Text).map((node) => node.text)
    expect(texts).toContain(invalidEmail.reason)
    expect(texts).toContain(noCompany.reason)
    expect(texts).toContain('Same email after normalising.')
    // 0.874 rounds to 87 %.
    expect(findByTestId(Tag, 'confidence-777').text).toBe('87% sure')
    expect(findByTestId(Button, 'merge-777-open').props.variant).toBe('secondary')
    expect(findAll(Button).filter((b) => b.props.testId === 'fix-invalid-email-open'))
      .toHaveLength(1)
    // The gap has no fix: no button for it.
    expect(maybeFindByTestId(Button, 'fix-association-companies-open')).toBeNull()
  })

  it('shows an error with a retry that checks again', async () => {
    let calls = 0
    stubService({ ...healthy, 'GET /card/record': () => {
      calls += 1

      return calls === 1
        ? { status: 502, body: { code: 'HUBSPOT_UNREACHABLE', message: 'HubSpot timed out' } }
        : { status: 200, body: recordHealth() }
    } })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(ErrorState, 'record-error').find(Text).text)
      .toBe('HubSpot timed out'))
    findByTestId(Button, 'record-error-retry').trigger('onClick')

    await waitFor(() => expect(findByTestId(EmptyState, 'record-clean')).toBeTruthy())
    expect(calls).toBe(2)
  })

  it('asks to reconnect when HubSpot refuses the stored grant', async () => {
    stubService({ ...healthy, 'GET /card/record': () => ({ status: 502,
      body: { code: 'HUBSPOT_AUTH_FAILED', message: 'The grant was revoked' } }) })
    const { findByTestId, waitFor, maybeFindByTestId } = renderCard()

    await waitFor(() => expect(findByTestId(Button, 'reconnect')).toBeTruthy())
    expect(maybeFindByTestId(ErrorState, 'record-error')).toBeNull()
  })
})
