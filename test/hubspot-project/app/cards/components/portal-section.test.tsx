import {
  Button,
  EmptyState,
  ErrorState,
  LineChart,
  LoadingSpinner,
  ProgressBar,
  ScoreCircle,
  StatisticsItem,
  Text,
} from '@hubspot/ui-extensions'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  fakeContext,
  ok,
  ORIGIN,
  portalHealth,
  recordHealth,
  renderCard,
  stubService,
} from '../card-harness.tsx'

const clean = { 'GET /card/record': ok(recordHealth()) }

afterEach(() => { vi.restoreAllMocks() })

describe('the portal section', () => {
  it('shows a spinner until the service answers', () => {
    stubService({ ...clean, 'GET /card/portal-health': () => new Promise<never>(() => {}) })
    const { find } = renderCard()

    expect(find(LoadingSpinner, { label: 'Loading portal health' })).toBeTruthy()
  })

  it('sends portal and user from the context, with a 10 s timeout', async () => {
    const { sent } = stubService({ ...clean, 'GET /card/portal-health': ok(portalHealth()) })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(ScoreCircle, 'portal-score')).toBeTruthy())
    const call = sent.find((request) => request.url.pathname === '/card/portal-health')
    expect(call?.url.origin).toBe(ORIGIN)
    expect(call?.url.searchParams.get('portalId')).toBe('123')
    expect(call?.url.searchParams.get('userId')).toBe('7')
    expect(call?.timeoutMs).toBe(10_000)
  })

  it('shows the score and every sub-score of a finished scan', async () => {
    stubService({ ...clean, 'GET /card/portal-health': ok(portalHealth()) })
    const { findByTestId, waitFor, maybeFind } = renderCard()

    await waitFor(() => expect(findByTestId(ScoreCircle, 'portal-score').props.score).toBe(72))
    expect(findByTestId(StatisticsItem, 'sub-score-fill').props.number).toBe(80)
    // pipeline is null (not measured): shown as a dash, not as 0.
    expect(findByTestId(StatisticsItem, 'sub-score-pipeline').props.number).toBe('–')
    // One scan is no trend.
    expect(maybeFind(LineChart)).toBeNull()
  })

  it('draws the trend once there are two finished scans', async () => {
    const trend = [
      { scannedAt: '2026-11-01T08:00:00.000Z', score: 60 },
      { scannedAt: '2026-11-30T08:00:00.000Z', score: 72 },
    ]
    stubService({ ...clean, 'GET /card/portal-health': ok(portalHealth({ trend })) })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(LineChart, 'score-trend')).toBeTruthy())
    expect(findByTestId(LineChart, 'score-trend').props.data).toEqual([
      { scannedAt: '2026-11-01T08:00:00.000Z', score: 60 },
      { scannedAt: '2026-11-30T08:00:00.000Z', score: 72 },
    ])
  })

  it('shows progress while a scan runs, with the last score beneath', async () => {
    const progress = { step: 'Sampling contacts', done: 3, total: 12 }
    stubService({ ...clean,
      'GET /card/portal-health': ok(portalHealth({ status: 'running', progress })) })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(ProgressBar, 'scan-progress')).toBeTruthy())
    const bar = findByTestId(ProgressBar, 'scan-progress').props
    expect([bar.value, bar.maxValue, bar.title]).toEqual([3, 12, 'Sampling contacts'])
    expect(findByTestId(ScoreCircle, 'portal-score').props.score).toBe(72)
  })

  it('offers a first scan when none ever ran, and starts one on click', async () => {
    let status: 'never-scanned' | 'running' = 'never-scanned'
    const { sent } = stubService({ ...clean,
      'GET /card/portal-health': () => ({ status: 200, body: portalHealth({
        status, score: null, categoryScores: null, scannedAt: null,
        progress: status === 'running' ? { step: 'Starting', done: 0, total: 6 } : null,
      }) }),
      'POST /card/scans': () => {
        status = 'running'

        return { status: 202, body: { status: 'running' } }
      },
    })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(EmptyState, 'never-scanned')).toBeTruthy())
    expect(findByTestId(Button, 'start-scan').props.variant).toBe('primary')
    findByTestId(Button, 'start-scan').trigger('onClick')

    await waitFor(() => expect(findByTestId(ProgressBar, 'scan-progress')).toBeTruthy())
    const start = sent.filter((request) => request.url.pathname === '/card/scans')
    expect(start).toHaveLength(1)
    expect(start[0]?.method).toBe('POST')
    expect(start[0]?.url.searchParams.get('portalId')).toBe('123')
  })

  it('shows an error with a retry that asks again', async () => {
    let calls = 0
    stubService({ ...clean, 'GET /card/portal-health': () => {
      calls += 1

      return calls === 1
        ? { status: 500, body: { code: 'INTERNAL', message: 'Database unavailable' } }
        : { status: 200, body: portalHealth() }
    } })
    const { findByTestId, waitFor } = renderCard()

    await waitFor(() => expect(findByTestId(ErrorState, 'portal-error').find(Text).text)
      .toBe('Database unavailable'))
    findByTestId(Button, 'portal-error-retry').trigger('onClick')

    await waitFor(() => expect(findByTestId(ScoreCircle, 'portal-score').props.score).toBe(72))
    expect(calls).toBe(2)
  })

  it('asks to reconnect when the service lost the portal grant', async () => {
    stubService({ ...clean,
      'GET /card/portal-health': ok(portalHealth({ connection: 'needs_reconnect' })) })
    const { findByTestId, waitFor, maybeFind } = renderCard()

    await waitFor(() => expect(findByTestId(Button, 'reconnect')).toBeTruthy())
    expect(findByTestId(Button, 'reconnect').props.href)
      .toEqual({ url: `${ORIGIN}/oauth/install`, external: true })
    expect(maybeFind(ScoreCircle)).toBeNull()
  })

  it('refuses to call anything without a configured HTTPS origin', () => {
    const { spy } = stubService({})
    const { findByTestId } = renderCardWithOrigin('http://pilot.test.example')

    expect(findByTestId(ErrorState, 'not-configured')).toBeTruthy()
    expect(spy).not.toHaveBeenCalled()
  })
})

const renderCardWithOrigin = (origin: string) =>
  renderCard('contacts', fakeContext({ SERVICE_ORIGIN: origin }))
