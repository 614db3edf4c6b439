import { Alert, Button, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions'

import { CardApiError } from '../api/card-client.ts'

export function Loading(props: { label: string }) {
  return <LoadingSpinner label={props.label} layout="centered" />
}

/** True when the service holds no working grant for this portal any more. */
export function needsReconnect(error: unknown): boolean {
  return error instanceof CardApiError && error.code === 'HUBSPOT_AUTH_FAILED'
}

export function RetryError(props: { title: string; error: unknown; onRetry: () => void;
  testId: string }) {
  const message = props.error instanceof Error ? props.error.message : 'Unknown error.'

  return (
    <ErrorState title={props.title} testId={props.testId}>
      <Text>{message}</Text>
      <Button variant="secondary" onClick={props.onRetry} testId={`${props.testId}-retry`}>
        Try again
      </Button>
    </ErrorState>
  )
}

/** Reinstalling grants PortalPilot a fresh token; the install route starts that. */
export function ReconnectPrompt(props: { origin: string }) {
  return (
    <Alert title="PortalPilot lost its connection" variant="warning">
      <Text>
        HubSpot no longer accepts PortalPilot's access to this portal. Reconnect to see fresh
        results.
      </Text>
      <Button
        variant="primary"
        href={{ url: `${props.origin}/oauth/install`, external: true }}
        testId="reconnect"
      >
        Reconnect PortalPilot
      </Button>
    </Alert>
  )
}
