import {
  Alert,
  Button,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions'

import type { FixChange } from '../../../../shared/card-api.ts'
import type { FixFlowState } from '../hooks/use-fix-flow.ts'
import { Loading } from './states.tsx'

export const shown = (value: string | null) => value === null || value === '' ? '(empty)' : value

/** Before -> after for every property the fix would write, then one button to confirm. */
export function FixPanel(props: { id: string; title: string; state: FixFlowState;
  onConfirm: () => void }) {
  const { state } = props
  const preview = 'preview' in state ? state.preview : null

  return (
    <Panel id={props.id} title={props.title} width="md" testId={`${props.id}-panel`}>
      <PanelBody>
        <PanelSection>
          {state.step === 'previewing' && <Loading label="Preparing the preview" />}
          {preview !== null && <ChangesTable changes={preview.changes} />}
          {preview?.warnings.map((warning) => (
            <Alert key={warning} title="Check before applying" variant="warning">{warning}</Alert>
          ))}
          <FlowError state={state} />
        </PanelSection>
      </PanelBody>
      <PanelFooter>
        <Button
          variant="primary"
          onClick={props.onConfirm}
          disabled={state.step !== 'ready'}
          testId={`${props.id}-confirm`}
        >
          Apply fix
        </Button>
      </PanelFooter>
    </Panel>
  )
}

function ChangesTable(props: { changes: readonly FixChange[] }) {
  return (
    <Table bordered testId="fix-changes">
      <TableHead>
        <TableRow>
          <TableHeader>Property</TableHeader>
          <TableHeader>Before</TableHeader>
          <TableHeader>After</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.changes.map((change) => (
          <TableRow key={change.property}>
            <TableCell>{change.label}</TableCell>
            <TableCell>{shown(change.before)}</TableCell>
            <TableCell>{shown(change.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** Why the preview or the apply failed, property by property when HubSpot said so. */
export function FlowError(props: { state: FixFlowState }) {
  const { state } = props
  if (state.step !== 'failed') return null

  return (
    <Alert title="Not applied" variant="danger" testId="fix-error">
      <Text>{state.message}</Text>
      {state.result?.errors.map((error) => (
        <Text key={`${error.property}:${error.code}`}>
          {error.property ?? 'Record'}: {error.message}
        </Text>
      ))}
    </Alert>
  )
}
