import { useEffect, useState } from 'react'
import { Alert, Button, EmptyState, Flex, Heading, ProgressBar, Text } from '@hubspot/ui-extensions'

import type { PortalHealth } from '../../../../shared/card-api.ts'
import { useCardScope } from '../contexts/card-context.tsx'
import { useCardData } from '../hooks/use-card-data.ts'
import { ScoreSummary } from './score-summary.tsx'
import { Loading, ReconnectPrompt, RetryError } from './states.tsx'

/** How often a running scan's progress is re-read while the card is open. */
export const SCAN_POLL_MS = 5_000

/** The portal's health: score and trend, scan progress, or how to get there. */
export function PortalSection() {
  const { client, origin } = useCardScope()
  const { state, reload, refresh } = useCardData(client.getPortalHealth, 'portal')
  const running = state.status === 'success' && state.data.status === 'running'

  useEffect(() => {
    if (!running) return
    const timer = setTimeout(refresh, SCAN_POLL_MS)

    return () => clearTimeout(timer)
  }, [running, refresh, state])

  if (state.status === 'loading') return <Loading label="Loading portal health" />
  if (state.status === 'error') {
    return <RetryError title="Portal health is unavailable" error={state.error}
      onRetry={reload} testId="portal-error" />
  }
  const health = state.data
  if (health.connection === 'needs_reconnect') return <ReconnectPrompt origin={origin} />

  return (
    <Flex direction="column" gap="sm">
      <Heading>Portal health</Heading>
      <ScanStatus health={health} onStarted={reload} />
      <ScoreSummary health={health} />
    </Flex>
  )
}

function ScanStatus(props: { health: PortalHealth; onStarted: () => void }) {
  const { health } = props
  if (health.status === 'running') {
    const progress = health.progress

    return (
      <ProgressBar
        testId="scan-progress"
        title={progress?.step ?? 'Scanning'}
        value={progress?.done ?? 0}
        maxValue={Math.max(progress?.total ?? 1, 1)}
        showPercentage
      />
    )
  }
  if (health.status === 'never-scanned') {
    return (
      <EmptyState title="No scan yet" layout="vertical" testId="never-scanned">
        <Text>Run a first scan to score this portal's data health.</Text>
        <StartScanButton label="Run first scan" variant="primary" onStarted={props.onStarted} />
      </EmptyState>
    )
  }
  if (health.status === 'failed') {
    return (
      <Alert title="The last scan did not finish" variant="warning" testId="scan-failed">
        <StartScanButton label="Scan again" variant="secondary" onStarted={props.onStarted} />
      </Alert>
    )
  }

  return null
}

function StartScanButton(props: { label: string; variant: 'primary' | 'secondary';
  onStarted: () => void }) {
  const { client } = useCardScope()
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = async () => {
    setStarting(true)
    setError(null)
    try {
      await client.startScan()
      props.onStarted()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The scan did not start.')
      setStarting(false)
    }
  }

  return (
    <Flex direction="column" gap="xs">
      <Button variant={props.variant} onClick={start} disabled={starting} testId="start-scan">
        {props.label}
      </Button>
      {error !== null && <Text variant="microcopy" testId="start-scan-error">{error}</Text>}
    </Flex>
  )
}
