import { Alert, Button, Select, Table, TableCell, Text } from '@hubspot/ui-extensions'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { FixPreview, RecordFinding } from '../../../../../shared/card-api.ts'
import {
  ok,
  portalHealth,
  recordHealth,
  renderCard,
  type SentRequest,
  stubService,
} from '../card-harness.tsx'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const invalidEmail: RecordFinding = {
  id: 'invalid:email', kind: 'invalid', property: 'email', label: 'Email',
  reason: 'The address has a space in it.', severity: 'critical', fix: 'normalize-email',
}
const emailPreview: FixPreview = {
  previewId: 'pv-1', fix: 'normalize-email', objectType: 'contacts', objectId: '501',
  changes: [{ property: 'email', label: 'Email', before: 'Ann @Example.com',
    after: 'ann@example.com' }],
  warnings: ['A workflow triggers on email changes.'], irreversible: false, merge: null,
}
const mergePreview: FixPreview = {
  previewId: 'pv-merge', fix: 'merge', objectType: 'contacts', objectId: '501',
  changes: [], warnings: [], irreversible: true,
  merge: {
    primaryId: '501', secondaryId: '777', rule: 'The most recently updated record wins.',
    choices: [
      { property: 'phone', label: 'Phone', primaryValue: null, secondaryValue: '+4930123',
        winner: 'secondary', editable: true },
      { property: 'hs_lead_status', label: 'Lead status', primaryValue: 'NEW',
        secondaryValue: 'OPEN', winner: 'primary', editable: false },
    ],
  },
}
const duplicate = { recordId: '777', name: 'Ann Lee', confidence: 0.9, reason: 'Same email.' }

const to = (path: string) => (sent: SentRequest[]) =>
  sent.filter((request) => request.url.pathname === path)

afterEach(() => { vi.restoreAllMocks() })

describe('a one-click fix', () => {
  it('previews before -> after, then applies with the preview id and a fresh key', async () => {
    let fixed = false
    const { sent } = stubService({
      'GET /card/portal-health': ok(portalHealth()),
      'GET /card/record': () => ({ status: 200,
        body: recordHealth({ findings: fixed ? [] : [invalidEmail] }) }),
      'POST /card/fixes/preview': ok(emailPreview),
      'POST /card/fixes/apply': () => {
        fixed = true

        return { status: 200, body: { status: 'applied', objectId: '501', errors: [] } }
      },
    })
    const { findByTestId, waitFor, maybeFindByTestId, actions } = renderCard()

    await waitFor(() => expect(maybeFindByTestId(Button, 'fix-invalid-email-open')).not.toBeNull())
    expect(findByTestId(Button, 'fix-invalid-email-confirm').props.disabled).toBe(true)
    findByTestId(Button, 'fix-invalid-email-open').trigger('onClick')

    await waitFor(() => expect(findByTestId(Table, 'fix-changes').findAll(TableCell)
      .map((cell) => cell.text)).toEqual(['Email', 'Ann @Example.com', 'ann@example.com']))
    expect(to('/card/fixes/preview')(sent)[0]?.body).toEqual({
      objectType: 'contacts', objectId: '501', fix: 'normalize-email', findingId: 'invalid:email',
    })
    findByTestId(Button, 'fix-invalid-email-confirm').trigger('onClick')

    await waitFor(() => expect(actions.refreshObjectProperties).toHaveBeenCalledTimes(1))
    const apply = to('/card/fixes/apply')(sent)
    expect(apply).toHaveLength(1)
    expect(apply[0]?.body).toEqual({ previewId: 'pv-1', idempotencyKey: expect.any(String) })
    expect(String(apply[0]?.body?.idempotencyKey)).toMatch(UUID)
    expect(actions.closeOverlay).toHaveBeenCalledWith('fix-invalid-email')
    // First load, then the reload after the fix, which shows the record clean.
    await waitFor(() => expect(to('/card/record')(sent)).toHaveLength(2))
    await waitFor(() => expect(maybeFindByTestId(Button, 'fix-invalid-email-open')).toBeNull())
  })

  it('shows each warning of the preview', async () => {
    stubService({
      'GET /card/portal-health': ok(portalHealth()),
      'GET /card/record': ok(recordHealth({ findings: [invalidEmail] })),
      'POST /card/fixes/preview': ok(emailPreview),
    })
    const { findByTestId, findAll, waitFor, maybeFindByTestId } = renderCard()

    await waitFor(() => expect(maybeFindByTestId(Button, 'fix-invalid-email-open')).not.toBeNull())
    findByTestId(Button, 'fix-invalid-email-open').trigger('onClick')

    await waitFor(() => expect(findAll(Alert).map((alert) => alert.text))
      .toContain('A workflow triggers on email changes.'))
  })

  it('keeps the panel open and says why when HubSpot refuses a property', async () => {
    stubService({
      'GET /card/portal-health': ok(portalHealth()),
      'GET /card/record': ok(recordHealth({ findings: [invalidEmail] })),
      'POST /card/fixes/preview': ok(emailPreview),
      'POST /card/fixes/apply': ok({ status: 'failed', objectId: '501', errors: [
        { property: 'email', code: 'READ_ONLY', message: 'Email is read-only here.' },
      ] }),
    })
    const { findByTestId, waitFor, maybeFindByTestId, actions } = renderCard()

    await waitFor(() => expect(maybeFindByTestId(Button, 'fix-invalid-email-open')).not.toBeNull())
    findByTestId(Button, 'fix-invalid-email-open').trigger('onClick')
    await waitFor(() => expect(findByTestId(Button, 'fix-invalid-email-confirm').props.disabled)
      .toBe(false))
    findByTestId(Button, 'fix-invalid-email-confirm').trigger('onClick')

    await waitFor(() => expect(findByTestId(Alert, 'fix-error').findAll(Text)
      .map((text) => text.text)).toContain('email: Email is read-only here.'))
    expect(actions.closeOverlay).not.toHaveBeenCalled()
    expect(actions.refreshObjectProperties).not.toHaveBeenCalled()
  })
})

describe('a merge', () => {
  function stubMerge(mergedId: string) {
    return stubService({
      'GET /card/portal-health': ok(portalHealth()),
      'GET /card/record': (request) => ({ status: 200, body: recordHealth({
        objectId: request.url.searchParams.get('objectId') ?? '',
        duplicates: request.url.searchParams.get('objectId') === '501' ? [duplicate] : [],
      }) }),
      'POST /card/fixes/preview': ok(mergePreview),
      'POST /card/fixes/apply': ok({ status: 'applied', objectId: mergedId, errors: [] }),
    })
  }

  it('shows the primary, both values and the winner, and that it cannot be undone',
    async () => {
      stubMerge('501')
      const { findByTestId, waitFor, maybeFindByTestId } = renderCard()

      await waitFor(() => expect(maybeFindByTestId(Button, 'merge-777-open')).not.toBeNull())
      findByTestId(Button, 'merge-777-open').trigger('onClick')

      await waitFor(() => expect(maybeFindByTestId(Alert, 'merge-irreversible')).not.toBeNull())
      expect(findByTestId(Text, 'merge-primary').text).toContain('Record 501 stays')
      const cells = findByTestId(Table, 'merge-choices').findAll(TableCell)
        .map((cell) => cell.text)
      expect(cells.slice(0, 3)).toEqual(['Phone', '(empty)', '+4930123'])
      expect(findByTestId(Select, 'winner-phone').props.value).toBe('secondary')
      // Read-only: shown, not choosable.
      expect(findByTestId(Text, 'winner-hs_lead_status').text).toContain('Record 501')
      expect(findByTestId(Button, 'merge-777-confirm').props.variant).toBe('destructive')
    })

  it('sends the winners the person changed and follows the merged record', async () => {
    const { sent } = stubMerge('999')
    const { findByTestId, waitFor, maybeFindByTestId } = renderCard()

    await waitFor(() => expect(maybeFindByTestId(Button, 'merge-777-open')).not.toBeNull())
    findByTestId(Button, 'merge-777-open').trigger('onClick')
    await waitFor(() => expect(maybeFindByTestId(Select, 'winner-phone')).not.toBeNull())
    findByTestId(Select, 'winner-phone').trigger('onChange', 'primary' as never)
    await waitFor(() => expect(findByTestId(Select, 'winner-phone').props.value).toBe('primary'))
    findByTestId(Button, 'merge-777-confirm').trigger('onClick')

    await waitFor(() => expect(to('/card/fixes/apply')(sent)).toHaveLength(1))
    expect(to('/card/fixes/preview')(sent)[0]?.body).toEqual({
      objectType: 'contacts', objectId: '501', fix: 'merge', otherId: '777',
    })
    expect(to('/card/fixes/apply')(sent)[0]?.body).toEqual({
      previewId: 'pv-merge', idempotencyKey: expect.stringMatching(UUID),
      winners: { phone: 'primary' },
    })
    await waitFor(() => expect(to('/card/record')(sent).at(-1)?.url.searchParams
      .get('objectId')).toBe('999'))
  })
})
