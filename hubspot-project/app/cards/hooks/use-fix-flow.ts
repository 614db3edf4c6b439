import { useCallback, useRef, useState } from 'react'

import type {
  FixPreview,
  FixPreviewRequest,
  FixResult,
} from '../../../../shared/card-api.ts'
import { newIdempotencyKey } from '../api/card-client.ts'
import { useCardScope } from '../contexts/card-context.tsx'

type Winners = Readonly<Record<string, 'primary' | 'secondary'>>

/** Where one fix stands between its button and the record reload. */
export type FixFlowState =
  | { readonly step: 'idle' }
  | { readonly step: 'previewing' }
  | { readonly step: 'ready'; readonly preview: FixPreview }
  | { readonly step: 'applying'; readonly preview: FixPreview }
  | { readonly step: 'failed'; readonly preview: FixPreview | null; readonly message: string;
      readonly result: FixResult | null }

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong.'

/**
 * Preview first, apply only what was previewed: apply sends the preview's id back with a
 * fresh idempotency key, then refreshes HubSpot's view of the record and our findings.
 */
export function useFixFlow(request: FixPreviewRequest, panelId: string, onApplied: () => void) {
  const { client, actions, followRecord } = useCardScope()
  const keys = useRef(new Map<string, string>())
  const keyFor = (previewId: string) => {
    const key = keys.current.get(previewId) ?? newIdempotencyKey()
    keys.current.set(previewId, key)

    return key
  }
  const [state, setState] = useState<FixFlowState>({ step: 'idle' })
  const latest = useRef(0)

  const preview = useCallback(() => {
    latest.current += 1
    const call = latest.current
    setState({ step: 'previewing' })
    client.previewFix(request).then(
      (answer) => {
        if (call === latest.current) setState({ step: 'ready', preview: answer })
      },
      (error: unknown) => {
        if (call !== latest.current) return
        setState({ step: 'failed', preview: null, message: messageOf(error), result: null })
      },
    )
  }, [client, request])

  const apply = useCallback(async (winners?: Winners) => {
    if (state.step !== 'ready') return
    const shown = state.preview
    setState({ step: 'applying', preview: shown })
    try {
      const result = await client.applyFix({
        previewId: shown.previewId,
        // One key per preview: a retry after a timeout must not apply the change twice.
        idempotencyKey: keyFor(shown.previewId),
        ...(winners === undefined ? {} : { winners }),
      })
      if (result.status !== 'applied') {
        const message = 'HubSpot did not accept every change.'
        setState({ step: 'failed', preview: shown, message, result })
        // A merge that went through keeps only the new record: show that one.
        if (result.objectId !== shown.objectId) followRecord(result.objectId)

        return
      }
      setState({ step: 'idle' })
      actions.closeOverlay(panelId)
      actions.refreshObjectProperties()
      if (result.objectId !== shown.objectId) followRecord(result.objectId)
      else onApplied()
    } catch (error) {
      setState({ step: 'failed', preview: shown, message: messageOf(error), result: null })
    }
  }, [actions, client, followRecord, onApplied, panelId, state])

  return { state, preview, apply }
}
