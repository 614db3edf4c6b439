/** The shapes the sandbox keeps in memory. Values stay strings, as HubSpot stores them. */

export type PropertyKind =
  | 'bool'
  | 'date'
  | 'datetime'
  | 'enumeration'
  | 'number'
  | 'phone_number'
  | 'string'
  | 'object_coordinates'

export interface PropertyOptionDef {
  readonly label: string
  readonly value: string
  readonly displayOrder: number
  readonly hidden: boolean
  readonly description?: string
}

/** One property definition, close to what the properties API returns. */
export interface PropertyDefinition {
  readonly name: string
  readonly label: string
  readonly type: PropertyKind
  readonly fieldType: string
  readonly groupName: string
  readonly description: string
  readonly options: readonly PropertyOptionDef[]
  readonly displayOrder: number
  readonly hidden: boolean
  readonly calculated: boolean
  readonly externalOptions: boolean
  readonly hasUniqueValue: boolean
  readonly hubspotDefined: boolean
  readonly archived: boolean
  readonly formField: boolean
  readonly readOnlyValue: boolean
  readonly readOnlyDefinition: boolean
  readonly archivable: boolean
  readonly referencedObjectType?: string
  readonly showCurrencySymbol?: boolean
  readonly createdAt: string
  readonly updatedAt: string
  readonly archivedAt?: string
}

/** A CRM record. `properties` never holds null: an unset property has no key. */
export interface SandboxRecord {
  readonly id: string
  readonly objectType: string
  readonly properties: Record<string, string>
  readonly createdAtMs: number
  updatedAtMs: number
  archived: boolean
  archivedAtMs?: number
}

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED'

export interface AssociationType {
  readonly category: AssociationCategory
  readonly typeId: number
  readonly label: string | null
}

/** One association seen from its source record. */
export interface AssociationEdge {
  readonly toObjectId: string
  readonly types: readonly AssociationType[]
}

export interface PipelineStageDef {
  readonly id: string
  readonly label: string
  readonly displayOrder: number
  readonly isClosed: boolean
  /** Written as HubSpot sends it, e.g. "0.2"; tickets have none. */
  readonly probability?: string
  readonly ticketState?: 'OPEN' | 'CLOSED'
  readonly archived: boolean
}

export interface PipelineDef {
  readonly id: string
  readonly label: string
  readonly displayOrder: number
  readonly archived: boolean
  readonly createdAt: string
  readonly stages: readonly PipelineStageDef[]
}

export interface OwnerDef {
  readonly id: string
  readonly email: string
  readonly firstName: string
  readonly lastName: string
  /** null for deactivated users: they keep their owner id. */
  readonly userId: number | null
  readonly userIdIncludingInactive: number
  readonly archived: boolean
  readonly teams: readonly { readonly id: string; readonly name: string;
    readonly primary: boolean }[]
  readonly createdAt: string
  readonly updatedAt: string
}

/** A seeded data defect, so tests elsewhere can compute expected figures. */
export interface SeedDefect {
  readonly kind: SeedDefectKind
  readonly objectType: string
  readonly id: string
  readonly property?: string
  readonly value?: string
}

export type SeedDefectKind =
  | 'placeholder-value'
  | 'invalid-email'
  | 'disposable-email'
  | 'phone-format'
  | 'enum-wrong-case'
  | 'enum-label-not-value'
  | 'date-in-seconds'
  | 'past-close-date-open'
  | 'stage-from-other-pipeline'
  | 'archived-stage'
  | 'shared-domain'
  | 'deal-without-associations'
  | 'sample-contact'
  | 'empty-string-value'
