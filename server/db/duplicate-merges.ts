import { sql } from 'kysely'
import type { Kysely } from 'kysely'

import type { Database } from './database.ts'
import type { DuplicateObjectType } from './duplicate-groups.table.ts'
import { inPortalTransaction } from './portal-scope.ts'

/**
 * After a merge: the merged-away ids leave the portal's stored duplicate groups and the
 * merged record takes their place. A group of only those records is gone (it was resolved);
 * a group that also held others keeps them, now beside the merged record.
 */
export async function replaceMergedIds(
  db: Kysely<Database>,
  portalId: number,
  objectType: DuplicateObjectType,
  mergedIds: readonly string[],
  newId: string,
): Promise<void> {
  if (mergedIds.length === 0) throw new TypeError('mergedIds must not be empty')
  const old = sql`array[${sql.join(mergedIds.map((id) => sql`${id}`))}]::text[]`
  // The remaining ids of a group: its own minus the merged-away ones and the new id.
  const remaining = sql`array(select id from unnest(record_ids) as id
    where id <> all(${old}) and id <> ${newId})`

  await inPortalTransaction(db, portalId, async (trx) => {
    const touched = (query: ReturnType<typeof base>) =>
      query.where(sql<boolean>`record_ids && ${old}`)
    const base = () => trx
      .deleteFrom('duplicate_groups')
      .where('portal_id', '=', portalId)
      .where('object_type', '=', objectType)
    await touched(base()).where(sql<boolean>`cardinality(${remaining}) = 0`).execute()
    await trx
      .updateTable('duplicate_groups')
      .set({ record_ids: sql<string[]>`array_append(${remaining}, ${newId})` })
      .where('portal_id', '=', portalId)
      .where('object_type', '=', objectType)
      .where(sql<boolean>`record_ids && ${old}`)
      .execute()
  })
}
