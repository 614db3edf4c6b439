import type { PipelineDef, PipelineStageDef } from './store/types.ts'

/**
 * Deal and ticket pipelines (fidelity item 22). The default deal pipeline keeps HubSpot's
 * word ids, and its "Closed Won" stage has been renamed, as portals do; the second pipeline
 * has numeric string ids and one archived stage.
 */
function stage(id: string, label: string, displayOrder: number, probability: string,
  archived = false): PipelineStageDef {
  const isClosed = probability === '1.0' || probability === '0.0'

  return { id, label, displayOrder, isClosed, probability, archived }
}

export const DEFAULT_DEAL_PIPELINE_ID = 'default'
export const RENEWAL_PIPELINE_ID = '87654321'
export const ARCHIVED_RENEWAL_STAGE_ID = '258551232'

export function dealPipelines(): PipelineDef[] {
  return [
    {
      id: DEFAULT_DEAL_PIPELINE_ID, label: 'Sales Pipeline', displayOrder: 0, archived: false,
      createdAt: '1970-01-01T00:00:00Z',
      stages: [
        stage('appointmentscheduled', 'Appointment Scheduled', 0, '0.2'),
        stage('qualifiedtobuy', 'Qualified To Buy', 1, '0.4'),
        stage('presentationscheduled', 'Presentation Scheduled', 2, '0.6'),
        stage('decisionmakerboughtin', 'Decision Maker Bought-In', 3, '0.8'),
        stage('contractsent', 'Contract Sent', 4, '0.9'),
        stage('closedwon', 'Won – contract signed', 5, '1.0'),
        stage('closedlost', 'Closed Lost', 6, '0.0'),
      ],
    },
    {
      id: RENEWAL_PIPELINE_ID, label: 'Enterprise Renewals', displayOrder: 1, archived: false,
      createdAt: '2022-09-12T14:03:51.114Z',
      stages: [
        stage('258551226', 'Renewal identified', 0, '0.1'),
        stage('258551227', 'Decision makers identified', 1, '0.3'),
        stage('258551228', 'Perception analysis', 2, '0.5'),
        stage('258551229', 'Negotiation', 3, '0.75'),
        stage('258551230', 'Renewed', 4, '1.0'),
        stage('258551231', 'Churned', 5, '0.0'),
        stage(ARCHIVED_RENEWAL_STAGE_ID, 'Legal review (retired)', 6, '0.8', true),
      ],
    },
  ]
}

function ticketStage(id: string, label: string, displayOrder: number,
  ticketState: 'OPEN' | 'CLOSED'): PipelineStageDef {
  return { id, label, displayOrder, isClosed: ticketState === 'CLOSED', ticketState,
    archived: false }
}

export function ticketPipelines(): PipelineDef[] {
  return [{
    id: '0', label: 'Support Pipeline', displayOrder: 0, archived: false,
    createdAt: '1970-01-01T00:00:00Z',
    stages: [
      ticketStage('1', 'New', 0, 'OPEN'),
      ticketStage('2', 'Waiting on contact', 1, 'OPEN'),
      ticketStage('3', 'Waiting on us', 2, 'OPEN'),
      ticketStage('4', 'Closed', 3, 'CLOSED'),
    ],
  }]
}
