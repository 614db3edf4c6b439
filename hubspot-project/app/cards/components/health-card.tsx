import { useMemo, useState } from 'react'
import { Divider, ErrorState, Flex, Text } from '@hubspot/ui-extensions'
import type { ExtensionPointApiContext } from '@hubspot/ui-extensions'

import type { ObjectType } from '../../../../shared/crm.ts'
import { createCardClient } from '../api/card-client.ts'
import { serviceOriginFrom } from '../api/service-origin.ts'
import { type CardActions, CardScopeProvider } from '../contexts/card-context.tsx'
import { PortalSection } from './portal-section.tsx'
import { RecordSection } from './record-section.tsx'

export type CardContext = ExtensionPointApiContext<'crm.record.tab'>

/** The PortalPilot card for one object type: the portal's health, then this record's. */
export function HealthCard(props: { context: CardContext; actions: CardActions;
  objectType: ObjectType }) {
  const { context, actions, objectType } = props
  const origin = serviceOriginFrom(context.variables)
  const [objectId, setObjectId] = useState(String(context.crm.objectId))
  const client = useMemo(() => origin === null ? null : createCardClient({
    origin, portalId: context.portal.id, userId: context.user.id,
  }), [origin, context.portal.id, context.user.id])

  const scope = useMemo(() => client === null || origin === null ? null : {
    objectType, objectId, origin, client, actions, followRecord: setObjectId,
  }, [objectType, objectId, origin, client, actions])

  if (scope === null) {
    return (
      <ErrorState title="PortalPilot is not configured" testId="not-configured">
        <Text>
          This project was uploaded without a valid SERVICE_ORIGIN. Upload it with a config
          profile that sets one.
        </Text>
      </ErrorState>
    )
  }

  return (
    <CardScopeProvider value={scope}>
      <Flex direction="column" gap="md">
        <PortalSection />
        <Divider />
        <RecordSection />
      </Flex>
    </CardScopeProvider>
  )
}
