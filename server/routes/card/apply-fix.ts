import type { Kysely } from 'kysely'

import type { FixError, FixResult } from '../../../shared/card-api.ts'
import type { CrmRecord, PropertyMeta } from '../../../shared/crm.ts'
import type { Database } from '../../db/database.ts'
import { replaceMergedIds } from '../../db/duplicate-merges.ts'
import { AppError, errors } from '../../errors.ts'
import { secondaryWrites } from '../../fixes/merge-plan.ts'
import type { PreviewClaims } from '../../fixes/preview-token.ts'
import type { HubSpotGateway } from '../../hubspot/gateway.ts'
import { loadRecord } from './record-loader.ts'

const UPSTREAM_CODES: Readonly<Record<string, FixError['code']>> = {
  READ_ONLY_VALUE: 'READ_ONLY',
  INVALID_OPTION: 'INVALID_OPTION',
}

/** HubSpot's refusal as per-property errors; anything else is not ours to explain. */
export function fixErrorsOf(error: unknown): FixError[] {
  if (!(error instanceof AppError)) throw error
  if (error.code === 'HUBSPOT_RATE_LIMITED') {
    return [{ property: null, code: 'RATE_LIMITED', message: error.message }]
  }
  if (error.propertyErrors && error.propertyErrors.length > 0) {
    return error.propertyErrors.map((item) => ({ property: item.property,
      code: UPSTREAM_CODES[item.code] ?? 'OTHER',
      message: `HubSpot refused ${item.property ?? 'the change'} (${item.code}).` }))
  }
  if (error.code.startsWith('HUBSPOT_')) {
    return [{ property: null, code: 'OTHER', message: error.message }]
  }
  throw error
}

/** Properties whose value after the write is not the one written (a silent no-op). */
function notApplied(record: CrmRecord, values: Readonly<Record<string, string>>): FixError[] {
  return Object.entries(values).flatMap(([property, expected]): FixError[] => {
    const actual = record.properties[property] ?? ''

    return actual === expected ? [] : [{ property, code: 'NOT_APPLIED',
      message: `HubSpot answered success but ${property} did not change.` }]
  })
}

/** Writes values, then reads them back; errors when HubSpot refused or ignored them. */
async function writeAndVerify(gateway: HubSpotGateway, claims: PreviewClaims, id: string,
  values: Readonly<Record<string, string>>): Promise<FixError[]> {
  if (Object.keys(values).length === 0) return []
  try {
    await gateway.updateRecord(claims.objectType, id, values)
  } catch (error) {
    return fixErrorsOf(error)
  }
  const after = await gateway.readRecord(claims.objectType, id, Object.keys(values), [])
  if (!after) return [{ property: null, code: 'NOT_APPLIED', message: 'The record is gone.' }]

  return notApplied(after, values)
}

/**
 * Applies what a verified preview promised, after re-reading the records it touches:
 * RECORD_CHANGED when any changed since. Answers the result to store for the key.
 */
export async function applyFix(db: Kysely<Database>, gateway: HubSpotGateway,
  claims: PreviewClaims, schema: readonly PropertyMeta[],
  winners: Readonly<Record<string, 'primary' | 'secondary'>>): Promise<FixResult> {
  for (const [id, stamp] of Object.entries(claims.lastModified)) {
    const current = await loadRecord(gateway, claims.objectType, id, schema)
    if (current.record.id !== id || current.lastModified !== stamp) throw errors.recordChanged()
  }
  const result = (objectId: string, failures: FixError[]): FixResult =>
    ({ status: failures.length > 0 ? 'failed' : 'applied', objectId, errors: failures })

  if (claims.merge) {
    const type = claims.objectType
    if (type === 'deals') throw errors.badRequest('Deals cannot be merged.')
    const { primaryId, secondaryId, choices } = claims.merge
    let merged: CrmRecord
    try {
      merged = await gateway.mergeRecords(type, primaryId, secondaryId)
    } catch (error) {
      return result(claims.objectId, fixErrorsOf(error))
    }
    await replaceMergedIds(db, claims.portalId, type, [primaryId, secondaryId], merged.id)

    return result(merged.id, await writeAndVerify(gateway, claims, merged.id,
      secondaryWrites(choices, winners)))
  }

  const change = claims.changes[0]
  if (claims.fix === 'associate-company-by-domain' && change?.after) {
    try {
      const labels = await gateway.associationLabels(claims.objectType, 'companies')
      const type = labels.find((label) => label.label === null) ?? labels[0]
      if (!type) throw errors.hubspotFailed('crm.associations.labels', 200, 'UNEXPECTED_SHAPE')
      await gateway.associate(claims.objectType, claims.objectId, 'companies', change.after,
        type)
    } catch (error) {
      return result(claims.objectId, fixErrorsOf(error))
    }
    const after = await gateway.readRecord(claims.objectType, claims.objectId, [],
      ['companies'])
    const linked = after?.associations?.companies?.includes(change.after) ?? false

    return result(claims.objectId, linked ? [] : [{ property: null, code: 'NOT_APPLIED',
      message: 'HubSpot answered success but the association is not there.' }])
  }

  // null means "no value": HubSpot clears only on "" (sandbox-fidelity item 15).
  const values = Object.fromEntries(claims.changes.map((item) =>
    [item.property, item.after ?? '']))

  return result(claims.objectId, await writeAndVerify(gateway, claims, claims.objectId,
    values))
}
