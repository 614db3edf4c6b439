import { useCallback, useEffect } from 'react'
import { Divider, EmptyState, Flex, Heading, Text } from '@hubspot/ui-extensions'

import type { RecordHealth } from '../../../../shared/card-api.ts'
import { useCardScope } from '../contexts/card-context.tsx'
import { useCardData } from '../hooks/use-card-data.ts'
import { DuplicateRow } from './duplicate-row.tsx'
import { FindingRow } from './finding-row.tsx'
import { Loading, needsReconnect, ReconnectPrompt, RetryError } from './states.tsx'

/** What is wrong with the record on screen, read fresh from HubSpot by the service. */
export function RecordSection() {
  const { client, objectType, objectId, origin, followRecord } = useCardScope()
  // The answer carries the id it was asked for: right after the card follows a merge, the
  // previous record's answer is still on screen for one render and must not pull it back.
  const load = useCallback(async () => ({
    askedId: objectId, health: await client.getRecord(objectType, objectId),
  }), [client, objectType, objectId])
  const { state, reload } = useCardData(load, `${objectType}:${objectId}`)
  const answer = state.status === 'success' ? state.data : null

  // HubSpot answers for a merged-away id with the surviving record: follow it.
  useEffect(() => {
    if (answer === null || answer.askedId !== objectId) return
    if (answer.health.objectId !== objectId) followRecord(answer.health.objectId)
  }, [answer, objectId, followRecord])

  if (state.status === 'loading') return <Loading label="Checking this record" />
  if (state.status === 'error') {
    if (needsReconnect(state.error)) return <ReconnectPrompt origin={origin} />

    return <RetryError title="This record could not be checked" error={state.error}
      onRetry={reload} testId="record-error" />
  }

  return <RecordFindings health={state.data.health} reload={reload} />
}

function RecordFindings(props: { health: RecordHealth; reload: () => void }) {
  const { findings, duplicates } = props.health
  const properties = findings.filter((finding) => finding.kind !== 'association')
  const gaps = findings.filter((finding) => finding.kind === 'association')
  if (findings.length === 0 && duplicates.length === 0) {
    return (
      <EmptyState title="Nothing to fix here" layout="vertical" testId="record-clean">
        <Text>PortalPilot found no problem with this record.</Text>
      </EmptyState>
    )
  }

  return (
    <Flex direction="column" gap="sm" testId="record-findings">
      {properties.length > 0 && <Heading>This record</Heading>}
      {properties.map((finding) => (
        <FindingRow key={finding.id} finding={finding} onFixed={props.reload} />
      ))}
      {duplicates.length > 0 && <Divider />}
      {duplicates.length > 0 && <Heading>Possible duplicates</Heading>}
      {duplicates.map((duplicate) => (
        <DuplicateRow key={duplicate.recordId} duplicate={duplicate} onMerged={props.reload} />
      ))}
      {gaps.length > 0 && <Divider />}
      {gaps.length > 0 && <Heading>Missing associations</Heading>}
      {gaps.map((finding) => (
        <FindingRow key={finding.id} finding={finding} onFixed={props.reload} />
      ))}
    </Flex>
  )
}
