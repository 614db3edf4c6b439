import { Button, Flex, StatusTag, Text } from '@hubspot/ui-extensions'

import type { FixKind, RecordFinding } from '../../../../shared/card-api.ts'
import type { Severity } from '../../../../shared/report.ts'
import { useCardScope } from '../contexts/card-context.tsx'
import { useFixFlow } from '../hooks/use-fix-flow.ts'
import { FixPanel } from './fix-panel.tsx'

const TAG_VARIANTS: Readonly<Record<Severity, 'danger' | 'warning' | 'info'>> = {
  critical: 'danger',
  warning: 'warning',
  info: 'info',
}

/** One problem and, when one click can fix it, a small button that previews the fix. */
export function FindingRow(props: { finding: RecordFinding; onFixed: () => void }) {
  const { finding } = props

  return (
    <Flex direction="column" gap="extra-small" testId={`finding-${finding.id}`}>
      <Flex direction="row" gap="small" align="center">
        <StatusTag variant={TAG_VARIANTS[finding.severity]}>{finding.severity}</StatusTag>
        <Text format={{ fontWeight: 'bold' }}>{finding.label}</Text>
        {finding.fix !== null && (
          <FixButton finding={finding} fix={finding.fix} onFixed={props.onFixed} />
        )}
      </Flex>
      <Text>{finding.reason}</Text>
    </Flex>
  )
}

function FixButton(props: { finding: RecordFinding; fix: FixKind; onFixed: () => void }) {
  const { objectType, objectId } = useCardScope()
  const { finding } = props
  const panelId = `fix-${finding.id.replace(/[^a-zA-Z0-9-]/g, '-')}`
  const request = { objectType, objectId, fix: props.fix, findingId: finding.id }
  const flow = useFixFlow(request, panelId, props.onFixed)

  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={flow.preview}
      testId={`${panelId}-open`}
      overlay={<FixPanel id={panelId} title={`Fix ${finding.label}`} state={flow.state}
        onConfirm={() => { void flow.apply() }} />}
    >
      Fix…
    </Button>
  )
}
