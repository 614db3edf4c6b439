import { hubspot } from '@hubspot/ui-extensions'
import { createRenderer } from '@hubspot/ui-extensions/testing'
import { vi } from 'vitest'

import type { PortalHealth, RecordHealth } from '../../../../shared/card-api.ts'
import type { ObjectType } from '../../../../shared/crm.ts'
import {
  type CardContext,
  HealthCard,
} from '../../../../hubspot-project/app/cards/components/health-card.tsx'
import type { CardActions } from '../../../../hubspot-project/app/cards/contexts/card-context.tsx'

export const ORIGIN = 'https://pilot.test.example'
export const PORTAL_ID = 123
export const USER_ID = 7

/** One request the card sent through hubspot.fetch. */
export interface SentRequest {
  readonly method: string
  readonly url: URL
  readonly body: Record<string, unknown> | undefined
  readonly timeoutMs: number | undefined
}

type Reply = { status: number; body: unknown } | Promise<never>
type Handler = (request: SentRequest) => Reply

/** Answers by `METHOD /path`; an unexpected request fails the test through a 599. */
export function stubService(routes: Record<string, Handler>) {
  const sent: SentRequest[] = []
  const spy = vi.spyOn(hubspot, 'fetch').mockImplementation(async (input, options = {}) => {
    const request = {
      method: options.method ?? 'GET',
      url: new URL(String(input)),
      body: options.body,
      timeoutMs: options.timeout,
    }
    sent.push(request)
    const handler = routes[`${request.method} ${request.url.pathname}`]
    if (handler === undefined) return Response.json({ code: 'NOT_FOUND' }, { status: 599 })
    const reply = await handler(request)

    return Response.json(reply.body, { status: reply.status })
  })

  return { sent, spy }
}

export const ok = (body: unknown) => () => ({ status: 200, body })

export function fakeActions() {
  const actions = {
    addAlert: vi.fn(),
    reloadPage: vi.fn(),
    fetchCrmObjectProperties: vi.fn(),
    openIframeModal: vi.fn(),
    refreshObjectProperties: vi.fn(),
    onCrmPropertiesUpdate: vi.fn(),
    closeOverlay: vi.fn(),
    copyTextToClipboard: vi.fn(),
    navigateToPage: vi.fn(),
  }

  return actions
}

export function fakeContext(variables: Record<string, string> = { SERVICE_ORIGIN: ORIGIN },
  objectId = 501): CardContext {
  return {
    location: 'crm.record.tab',
    crm: { objectId, objectTypeId: '0-1' },
    portal: { id: PORTAL_ID, timezone: 'UTC' },
    user: { id: USER_ID, email: 'u@example.test', emails: [], firstName: 'A', lastName: 'B',
      teams: [], permissions: [] },
    variables,
  } as unknown as CardContext
}

/** Renders one card the way its entry file does, with stubbed context and actions. */
export function renderCard(objectType: ObjectType = 'contacts',
  context: CardContext = fakeContext()) {
  const renderer = createRenderer('crm.record.tab')
  const actions = fakeActions()
  renderer.render(
    <HealthCard context={context} actions={actions as unknown as CardActions}
      objectType={objectType} />,
  )

  return { ...renderer, actions }
}

export function portalHealth(overrides: Partial<PortalHealth> = {}): PortalHealth {
  return {
    portalId: PORTAL_ID,
    status: 'finished',
    score: 72,
    categoryScores: { fill: 80, validity: 70, duplicates: 60, associations: 90, pipeline: null,
      ownership: 55 },
    scannedAt: '2026-11-30T08:00:00.000Z',
    progress: null,
    connection: 'connected',
    trend: [],
    ...overrides,
  }
}

export function recordHealth(overrides: Partial<RecordHealth> = {}): RecordHealth {
  return {
    objectType: 'contacts',
    objectId: '501',
    lastModified: '2026-11-30T08:00:00.000Z',
    findings: [],
    duplicates: [],
    ...overrides,
  }
}
