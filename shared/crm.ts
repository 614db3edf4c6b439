/**
 * The CRM shapes PortalPilot reads from a portal, as the service holds them in memory.
 * Property values stay strings, exactly as HubSpot sends them: `null`, `''` and an absent
 * key all occur for "no value" and are told apart only where that matters.
 */

/** The objects PortalPilot scores. */
export type ObjectType = 'contacts' | 'companies' | 'deals'

/** Every scored object type, in report order. */
export const OBJECT_TYPES: readonly ObjectType[] = ['contacts', 'companies', 'deals']

/** A record's property values: HubSpot sends strings or `null`, and leaves keys out. */
export type PropertyValues = Readonly<Record<string, string | null | undefined>>

/** One CRM record as read from a list, batch read or search. */
export interface CrmRecord {
  readonly id: string
  readonly properties: PropertyValues
  /** Associated record ids by object type; absent when associations were not read. */
  readonly associations?: Readonly<Partial<Record<ObjectType, readonly string[]>>>
}

/** One option of an enumeration property. */
export interface PropertyOption {
  readonly label: string
  readonly value: string
  readonly hidden: boolean
}

/** The metadata of one property, as the properties API describes it. */
export interface PropertyMeta {
  readonly name: string
  readonly label: string
  /** `bool`, `date`, `datetime`, `enumeration`, `number`, `phone_number`, `string`, ... */
  readonly type: string
  readonly fieldType: string
  readonly groupName: string
  readonly description: string
  readonly options: readonly PropertyOption[]
  /** Options live elsewhere (pipelines, owners, currencies): `options` is empty. */
  readonly externalOptions: boolean
  readonly hidden: boolean
  readonly calculated: boolean
  readonly readOnlyValue: boolean
  readonly hubspotDefined: boolean
  readonly archived: boolean
  readonly hasUniqueValue: boolean
}

/** One stage of a pipeline. */
export interface PipelineStage {
  readonly id: string
  readonly label: string
  readonly archived: boolean
  /** `metadata.isClosed` as HubSpot sends it, parsed. */
  readonly isClosed: boolean
  /** `metadata.probability` parsed, 0 to 1, or null when absent. */
  readonly probability: number | null
}

/** A deal pipeline and its stages. */
export interface Pipeline {
  readonly id: string
  readonly label: string
  readonly archived: boolean
  readonly stages: readonly PipelineStage[]
}

/** A record owner. Deactivated users keep their owner id but lose `userId`. */
export interface Owner {
  readonly id: string
  readonly userId: number | null
  readonly archived: boolean
}

/** What the account-details endpoint says about a portal. */
export interface PortalDetails {
  readonly portalId: number
  readonly accountType: string
  readonly timeZone: string
  readonly companyCurrency: string
  readonly uiDomain: string
  readonly dataHostingLocation: string
}
