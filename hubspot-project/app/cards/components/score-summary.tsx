import {
  Flex,
  LineChart,
  ScoreCircle,
  Statistics,
  StatisticsItem,
  Text,
} from '@hubspot/ui-extensions'

import type { PortalHealth } from '../../../../shared/card-api.ts'
import type { CheckCategory } from '../../../../shared/report.ts'

const CATEGORY_LABELS: Readonly<Record<CheckCategory, string>> = {
  fill: 'Fill rate',
  validity: 'Validity',
  duplicates: 'Duplicates',
  associations: 'Associations',
  pipeline: 'Pipelines',
  ownership: 'Ownership',
}

/** The last finished scan: score, sub-scores and, from two scans on, the trend. */
export function ScoreSummary(props: { health: PortalHealth }) {
  const { score, categoryScores, scannedAt, trend } = props.health
  if (score === null) return null
  const categories = Object.entries(CATEGORY_LABELS) as [CheckCategory, string][]

  return (
    <Flex direction="column" gap="sm">
      <ScoreCircle score={score} testId="portal-score" />
      {scannedAt !== null && <Text variant="microcopy">Scanned {scannedAt.slice(0, 10)}</Text>}
      {categoryScores !== null && (
        <Statistics testId="sub-scores">
          {categories.map(([category, label]) => (
            <StatisticsItem
              key={category}
              label={label}
              number={categoryScores[category] ?? '–'}
              testId={`sub-score-${category}`}
            />
          ))}
        </Statistics>
      )}
      {trend.length >= 2 && (
        <LineChart
          testId="score-trend"
          data={trend.map((point) => ({ scannedAt: point.scannedAt, score: point.score }))}
          axes={{
            x: { field: 'scannedAt', fieldType: 'datetime', label: 'Scan' },
            y: { field: 'score', fieldType: 'linear', label: 'Score' },
          }}
          options={{ showTooltips: true }}
        />
      )}
    </Flex>
  )
}
