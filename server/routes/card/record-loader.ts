import type { CrmRecord, ObjectType, PropertyMeta } from '../../../shared/crm.ts'
import { OBJECT_TYPES } from '../../../shared/crm.ts'
import { errors } from '../../errors.ts'
import type { RecordView } from '../../fixes/find-problems.ts'
import { STAGE_PROPERTIES } from '../../fixes/stage-rules.ts'
import type { HubSpotGateway } from '../../hubspot/gateway.ts'
import { ASSOCIATIONS_TO_READ, propertiesToSample } from '../../scoring/check-plan.ts'

/** Properties every card read needs besides those the checks read. */
const ALWAYS = ['createdate', 'lastmodifieddate', 'hs_lastmodifieddate', 'firstname',
  'lastname', 'email', 'name', 'dealname', 'website', 'domain', 'pipeline', 'dealstage',
  ...STAGE_PROPERTIES]

export interface LoadedRecord {
  readonly record: CrmRecord
  readonly view: RecordView
  readonly lastModified: string
}

/** The record's last change as HubSpot stamps it (contacts and the rest differ in name). */
export function lastModifiedOf(record: CrmRecord): string {
  const value = record.properties.hs_lastmodifieddate ?? record.properties.lastmodifieddate

  return typeof value === 'string' ? value : ''
}

/** A display name for a record, from the properties a person would recognise it by. */
export function nameOf(record: CrmRecord): string {
  const p = record.properties
  const person = [p.firstname, p.lastname].filter((part) => part && part.trim()).join(' ')

  return (p.name ?? p.dealname ?? (person || p.email) ?? '').trim() || `Record ${record.id}`
}

export function parseObjectType(value: unknown): ObjectType {
  if (!(OBJECT_TYPES as readonly unknown[]).includes(value)) {
    throw errors.badRequest('objectType must be contacts, companies or deals.')
  }

  return value as ObjectType
}

export function parseObjectId(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{1,20}$/.test(value)) {
    throw errors.badRequest('objectId must be a HubSpot record id.')
  }

  return value
}

/** The properties a card reads of one object: what the checks read, and its name. */
export function propertiesToRead(type: ObjectType, schema: readonly PropertyMeta[]): string[] {
  const live = new Set(schema.map((meta) => meta.name))

  return [...new Set([...propertiesToSample(type, schema),
    ...ALWAYS.filter((name) => live.has(name))])]
}

/** One record read fresh, with the associations its checks need; NOT_FOUND if none. */
export async function loadRecord(
  gateway: HubSpotGateway,
  type: ObjectType,
  id: string,
  schema: readonly PropertyMeta[],
): Promise<LoadedRecord> {
  const associated = ASSOCIATIONS_TO_READ[type]
  const record = await gateway.readRecord(type, id, propertiesToRead(type, schema), associated)
  if (!record) throw errors.notFound(`Record ${id}`)

  return {
    record,
    view: { objectType: type, properties: record.properties,
      associations: record.associations ?? {}, schema },
    lastModified: lastModifiedOf(record),
  }
}
