import { hubspot } from '@hubspot/ui-extensions'

import { HealthCard } from './components/health-card.tsx'

hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <HealthCard context={context} actions={actions} objectType="companies" />
))
