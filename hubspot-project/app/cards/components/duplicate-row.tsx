import { Button, Flex, Tag, Text } from '@hubspot/ui-extensions'

import type { RecordDuplicate } from '../../../../shared/card-api.ts'
import { useCardScope } from '../contexts/card-context.tsx'
import { useFixFlow } from '../hooks/use-fix-flow.ts'
import { MergePanel } from './merge-panel.tsx'

/** A suspected duplicate: how sure, why, and a button that previews the merge. */
export function DuplicateRow(props: { duplicate: RecordDuplicate; onMerged: () => void }) {
  const { objectType, objectId } = useCardScope()
  const { duplicate } = props
  const panelId = `merge-${duplicate.recordId}`
  const request = { objectType, objectId, fix: 'merge' as const, otherId: duplicate.recordId }
  const flow = useFixFlow(request, panelId, props.onMerged)
  const percent = Math.round(duplicate.confidence * 100)

  return (
    <Flex direction="column" gap="extra-small" testId={`duplicate-${duplicate.recordId}`}>
      <Flex direction="row" gap="small" align="center">
        <Text format={{ fontWeight: 'bold' }}>{duplicate.name}</Text>
        <Tag testId={`confidence-${duplicate.recordId}`}>{percent}% sure</Tag>
        <Button
          variant="secondary"
          size="sm"
          onClick={flow.preview}
          testId={`${panelId}-open`}
          overlay={<MergePanel id={panelId} state={flow.state}
            onConfirm={(winners) => {
              void flow.apply(Object.keys(winners).length > 0 ? winners : undefined)
            }} />}
        >
          Merge…
        </Button>
      </Flex>
      <Text>{duplicate.reason}</Text>
    </Flex>
  )
}
