import { useState } from 'react'
import {
  Alert,
  Button,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions'

import type { FixPreview, MergeChoice } from '../../../../shared/card-api.ts'
import type { FixFlowState } from '../hooks/use-fix-flow.ts'
import { FlowError, shown } from './fix-panel.tsx'
import { Loading } from './states.tsx'

type Side = MergeChoice['winner']
type Winners = Readonly<Record<string, Side>>

/**
 * Which record stays, every differing value side by side with its winner (editable where
 * HubSpot lets us write it), and a warning that HubSpot cannot undo a merge.
 */
export function MergePanel(props: { id: string; state: FixFlowState;
  onConfirm: (winners: Winners) => void }) {
  const { state } = props
  const [changed, setChanged] = useState<Winners>({})
  const preview = 'preview' in state ? state.preview : null
  const choose = (property: string, side: Side) =>
    setChanged((current) => ({ ...current, [property]: side }))

  return (
    <Panel id={props.id} title="Merge records" width="lg" testId={`${props.id}-panel`}>
      <PanelBody>
        <PanelSection>
          {state.step === 'previewing' && <Loading label="Preparing the merge preview" />}
          {preview?.merge && <MergeDetails preview={preview} changed={changed} choose={choose} />}
          <FlowError state={state} />
        </PanelSection>
      </PanelBody>
      <PanelFooter>
        <Button
          variant="destructive"
          onClick={() => props.onConfirm(changed)}
          disabled={state.step !== 'ready'}
          testId={`${props.id}-confirm`}
        >
          Merge records
        </Button>
      </PanelFooter>
    </Panel>
  )
}

function MergeDetails(props: { preview: FixPreview; changed: Winners;
  choose: (property: string, side: Side) => void }) {
  const merge = props.preview.merge
  if (merge === null) return null

  return (
    <>
      <Alert title="A merge cannot be undone" variant="danger" testId="merge-irreversible">
        HubSpot keeps one record and folds the other into it for good.
      </Alert>
      <Text testId="merge-primary">
        Record {merge.primaryId} stays as the primary; record {merge.secondaryId} is merged
        into it. {merge.rule}
      </Text>
      {props.preview.warnings.map((warning) => (
        <Alert key={warning} title="Check before merging" variant="warning">{warning}</Alert>
      ))}
      <Table bordered testId="merge-choices">
        <TableHead>
          <TableRow>
            <TableHeader>Property</TableHeader>
            <TableHeader>Record {merge.primaryId}</TableHeader>
            <TableHeader>Record {merge.secondaryId}</TableHeader>
            <TableHeader>Keeps</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {merge.choices.map((choice) => (
            <ChoiceRow key={choice.property} choice={choice} merge={merge}
              winner={props.changed[choice.property] ?? choice.winner} choose={props.choose} />
          ))}
        </TableBody>
      </Table>
    </>
  )
}

function ChoiceRow(props: { choice: MergeChoice; merge: NonNullable<FixPreview['merge']>;
  winner: Side; choose: (property: string, side: Side) => void }) {
  const { choice, merge, winner } = props
  const options = [
    { label: `Record ${merge.primaryId}`, value: 'primary' },
    { label: `Record ${merge.secondaryId}`, value: 'secondary' },
  ]

  return (
    <TableRow>
      <TableCell>{choice.label}</TableCell>
      <TableCell>{shown(choice.primaryValue)}</TableCell>
      <TableCell>{shown(choice.secondaryValue)}</TableCell>
      <TableCell>
        {choice.editable
          ? <Select
              testId={`winner-${choice.property}`}
              options={options}
              value={winner}
              onChange={(value) => props.choose(choice.property, value as Side)}
            />
          : <Text testId={`winner-${choice.property}`}>
              {options.find((option) => option.value === winner)?.label} (read-only)
            </Text>}
      </TableCell>
    </TableRow>
  )
}
