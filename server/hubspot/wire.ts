import type {
  CrmRecord,
  Owner,
  Pipeline,
  PortalDetails,
  PropertyMeta,
} from '../../shared/crm.ts'
import { errors } from '../errors.ts'

/**
 * HubSpot's reply shapes as JSON (every field optional: HubSpot leaves keys out), and their
 * mapping to the shared types. Nothing outside server/hubspot sees these.
 */
export interface WireRecord {
  id: string
  properties?: Record<string, string | null>
}

export interface WirePage<T> {
  results?: T[]
  paging?: { next?: { after?: string } }
}

export interface WireProperty {
  name: string
  label?: string
  type?: string
  fieldType?: string
  groupName?: string
  description?: string
  options?: { label?: string; value?: string; hidden?: boolean }[]
  externalOptions?: boolean
  hidden?: boolean
  calculated?: boolean
  hubspotDefined?: boolean
  archived?: boolean
  hasUniqueValue?: boolean
  modificationMetadata?: { readOnlyValue?: boolean }
}

export interface WirePipeline {
  id: string
  label?: string
  archived?: boolean
  stages?: { id: string; label?: string; archived?: boolean;
    metadata?: Record<string, string | undefined> }[]
}

export interface WireOwner {
  id: string
  userId?: number | null
  archived?: boolean
}

export interface WireAccountDetails {
  portalId: number
  accountType?: string
  timeZone?: string
  companyCurrency?: string
  uiDomain?: string
  dataHostingLocation?: string
}

export interface WireAssociationBatch {
  results?: { from?: { id?: string }; to?: { toObjectId?: string | number }[] }[]
}

export const toRecord = (wire: WireRecord): CrmRecord => ({
  id: String(wire.id),
  properties: wire.properties ?? {},
})

export const toPropertyMeta = (wire: WireProperty): PropertyMeta => ({
  name: wire.name,
  label: wire.label ?? wire.name,
  type: wire.type ?? 'string',
  fieldType: wire.fieldType ?? 'text',
  groupName: wire.groupName ?? '',
  description: wire.description ?? '',
  options: (wire.options ?? []).map((option) => ({
    label: option.label ?? '',
    value: option.value ?? '',
    hidden: option.hidden ?? false,
  })),
  externalOptions: wire.externalOptions ?? false,
  hidden: wire.hidden ?? false,
  calculated: wire.calculated ?? false,
  readOnlyValue: wire.modificationMetadata?.readOnlyValue ?? false,
  hubspotDefined: wire.hubspotDefined ?? false,
  archived: wire.archived ?? false,
  hasUniqueValue: wire.hasUniqueValue ?? false,
})

export const toPipeline = (wire: WirePipeline): Pipeline => ({
  id: wire.id,
  label: wire.label ?? wire.id,
  archived: wire.archived ?? false,
  stages: (wire.stages ?? []).map((stage) => {
    const probability = Number.parseFloat(stage.metadata?.probability ?? '')

    return {
      id: stage.id,
      label: stage.label ?? stage.id,
      archived: stage.archived ?? false,
      // HubSpot sends metadata values as strings.
      isClosed: stage.metadata?.isClosed === 'true',
      probability: Number.isFinite(probability) ? probability : null,
    }
  }),
})

export const toOwner = (wire: WireOwner): Owner => ({
  id: String(wire.id),
  userId: wire.userId ?? null,
  archived: wire.archived ?? false,
})

export const toPortalDetails = (wire: WireAccountDetails): PortalDetails => ({
  portalId: portalIdOf(wire.portalId),
  accountType: wire.accountType ?? 'STANDARD',
  timeZone: wire.timeZone ?? 'UTC',
  companyCurrency: wire.companyCurrency ?? 'USD',
  uiDomain: wire.uiDomain ?? '',
  dataHostingLocation: wire.dataHostingLocation ?? '',
})

/** A hub id is a positive whole number; anything else is not a portal we can serve. */
function portalIdOf(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value

  throw errors.hubspotFailed('account.details', 200, 'UNEXPECTED_SHAPE')
}
