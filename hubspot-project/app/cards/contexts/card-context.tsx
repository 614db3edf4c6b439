import { createContext, useContext, type ReactNode } from 'react'
import type { ExtensionPointApiActions } from '@hubspot/ui-extensions'

import type { ObjectType } from '../../../../shared/crm.ts'
import type { CardClient } from '../api/card-client.ts'

export type CardActions = ExtensionPointApiActions<'crm.record.tab'>

/** What every part of a card needs: the record on screen, the client and HubSpot's actions. */
export interface CardScope {
  readonly objectType: ObjectType
  readonly objectId: string
  readonly origin: string
  readonly client: CardClient
  readonly actions: CardActions
  /** After a merge the record on screen has a new id: the card follows it. */
  readonly followRecord: (objectId: string) => void
}

const CardScopeContext = createContext<CardScope | null>(null)

export function CardScopeProvider(props: { value: CardScope; children: ReactNode }) {
  return <CardScopeContext.Provider value={props.value}>{props.children}</CardScopeContext.Provider>
}

export function useCardScope(): CardScope {
  const scope = useContext(CardScopeContext)
  if (scope === null) throw new TypeError('useCardScope needs a CardScopeProvider')

  return scope
}
