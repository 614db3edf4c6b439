import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { ObjectType, PropertyMeta } from '../../shared/crm.ts'
import type { Database } from './database.ts'
import { chunked } from './guards.ts'
import { forPortal, inPortalTransaction } from './portal-scope.ts'
import type { NewPropertyMetaRow, PropertyMetaRow } from './property-meta.table.ts'

/** A property as stored: its definition without options or description, plus its fill. */
export interface StoredPropertyMeta {
  readonly name: string
  readonly label: string
  readonly type: string
  readonly fieldType: string
  readonly groupName: string
  readonly optionsCount: number
  readonly externalOptions: boolean
  readonly hidden: boolean
  readonly calculated: boolean
  readonly readOnlyValue: boolean
  readonly hubspotDefined: boolean
  readonly archived: boolean
  readonly hasUniqueValue: boolean
  /** Share of the last scan's sample with a value, 0 to 1; null when it was not measured. */
  readonly fillRate: number | null
  readonly updatedAt: string
}

const ROWS_PER_INSERT = 500

/**
 * Replaces the stored properties of one object with `properties`: new ones are added,
 * changed ones updated, and ones the portal no longer has are removed.
 */
export async function savePropertyMeta(
  db: Kysely<Database>,
  portalId: number,
  objectType: ObjectType,
  properties: readonly PropertyMeta[],
  fillRates: ReadonlyMap<string, number>,
): Promise<void> {
  const names = properties.map((property) => property.name)
  if (new Set(names).size !== names.length) {
    throw new TypeError(`properties of ${objectType} repeat a name`)
  }

  const rows = properties.map((property) =>
    toRow(portalId, objectType, property, fillRates.get(property.name) ?? null),
  )
  await inPortalTransaction(db, portalId, async (trx) => {
    // One array parameter, however many properties the portal has.
    await trx
      .deleteFrom('property_meta')
      .where('portal_id', '=', portalId)
      .where('object_type', '=', objectType)
      .where(sql<boolean>`name <> all(${names}::text[])`)
      .execute()

    for (const chunk of chunked(rows, ROWS_PER_INSERT)) {
      await trx
        .insertInto('property_meta')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['portal_id', 'object_type', 'name']).doUpdateSet((eb) => ({
            label: eb.ref('excluded.label'),
            type: eb.ref('excluded.type'),
            field_type: eb.ref('excluded.field_type'),
            group_name: eb.ref('excluded.group_name'),
            options_count: eb.ref('excluded.options_count'),
            external_options: eb.ref('excluded.external_options'),
            hidden: eb.ref('excluded.hidden'),
            calculated: eb.ref('excluded.calculated'),
            read_only_value: eb.ref('excluded.read_only_value'),
            hubspot_defined: eb.ref('excluded.hubspot_defined'),
            archived: eb.ref('excluded.archived'),
            has_unique_value: eb.ref('excluded.has_unique_value'),
            fill_rate: eb.ref('excluded.fill_rate'),
            updated_at: sql`now()`,
          })),
        )
        .execute()
    }
  })
}

/** The stored properties of one object, by name. */
export async function listPropertyMeta(
  db: Kysely<Database>,
  portalId: number,
  objectType: ObjectType,
): Promise<StoredPropertyMeta[]> {
  const rows = await forPortal(db, portalId, (db) =>
    db
      .selectFrom('property_meta')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('object_type', '=', objectType)
      .orderBy('name')
      .execute(),
  )

  return rows.map(fromRow)
}

function toRow(
  portalId: number,
  objectType: ObjectType,
  property: PropertyMeta,
  fillRate: number | null,
): NewPropertyMetaRow {
  return {
    portal_id: portalId,
    object_type: objectType,
    name: property.name,
    label: property.label,
    type: property.type,
    field_type: property.fieldType,
    group_name: property.groupName,
    options_count: property.options.length,
    external_options: property.externalOptions,
    hidden: property.hidden,
    calculated: property.calculated,
    read_only_value: property.readOnlyValue,
    hubspot_defined: property.hubspotDefined,
    archived: property.archived,
    has_unique_value: property.hasUniqueValue,
    fill_rate: fillRate,
  }
}

function fromRow(row: PropertyMetaRow): StoredPropertyMeta {
  return {
    name: row.name,
    label: row.label,
    type: row.type,
    fieldType: row.field_type,
    groupName: row.group_name,
    optionsCount: row.options_count,
    externalOptions: row.external_options,
    hidden: row.hidden,
    calculated: row.calculated,
    readOnlyValue: row.read_only_value,
    hubspotDefined: row.hubspot_defined,
    archived: row.archived,
    hasUniqueValue: row.has_unique_value,
    fillRate: row.fill_rate,
    updatedAt: row.updated_at.toISOString(),
  }
}
