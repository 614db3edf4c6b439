import type {
  CrmRecord,
  ObjectType,
  Owner,
  Pipeline,
  PortalDetails,
  PropertyMeta,
} from '../../shared/crm.ts'
import { errors } from '../errors.ts'
import type { HubSpotHttp } from './http.ts'
import { paths } from './paths.ts'
import {
  toOwner,
  toPipeline,
  toPortalDetails,
  toPropertyMeta,
  toRecord,
  type WireAccountDetails,
  type WireAssociationBatch,
  type WireOwner,
  type WirePage,
  type WirePipeline,
  type WireProperty,
  type WireRecord,
} from './wire.ts'

/** HubSpot's page size cap for object lists. */
const LIST_PAGE_SIZE = 100
/** HubSpot's cap on inputs per object batch read. */
const BATCH_READ_SIZE = 100
/** HubSpot's cap on ids per associations batch read. */
const ASSOCIATION_BATCH_SIZE = 1_000
/** Past this many names a GET query string risks 414 (sandbox-fidelity item 2). */
export const MAX_PROPERTIES_PER_GET = 100

/** Every HubSpot read and write PortalPilot makes, for one portal. */
export interface HubSpotGateway {
  accountDetails(): Promise<PortalDetails>
  properties(type: ObjectType): Promise<PropertyMeta[]>
  /** How many records of a type exist (one search call, on the search lane). */
  countRecords(type: ObjectType): Promise<number>
  /** Every record of a type, a list page at a time, with exactly these properties. */
  pageRecords(type: ObjectType, properties: readonly string[]): AsyncGenerator<CrmRecord[]>
  /** The given records with these properties (POST, so long property lists fit). */
  batchRead(type: ObjectType, ids: readonly string[], properties: readonly string[])
    : Promise<CrmRecord[]>
  /** Associated ids from one object type to another, for the given ids. */
  associations(
    from: ObjectType,
    to: ObjectType,
    ids: readonly string[],
  ): Promise<Map<string, string[]>>
  dealPipelines(): Promise<Pipeline[]>
  owners(): Promise<Owner[]>
  /** Removes the app from the portal (cards, webhooks); HubSpot emails its admins. */
  uninstallApp(): Promise<void>
}

/** A reply's `results`, which must be a list when present (absent means none). */
function resultsOf<T>(reply: { results?: T[] } | undefined, operation: string): T[] {
  const results = reply?.results
  if (results === undefined) return []
  if (!Array.isArray(results)) throw errors.hubspotFailed(operation, 200, 'UNEXPECTED_SHAPE')

  return results
}

export function createHubSpotGateway(http: HubSpotHttp): HubSpotGateway {
  return {
    async accountDetails() {
      const wire = await http.send<WireAccountDetails>({
        operation: 'account.details',
        method: 'GET',
        path: paths.accountDetails(),
      })

      return toPortalDetails(wire)
    },

    async properties(type) {
      const wire = await http.send<{ results?: WireProperty[] }>({
        operation: 'crm.properties.list',
        method: 'GET',
        path: paths.properties(type),
      })

      return resultsOf(wire, 'crm.properties.list').map(toPropertyMeta)
    },

    async countRecords(type) {
      const wire = await http.send<{ total?: number }>({
        operation: 'crm.objects.count',
        method: 'POST',
        path: paths.search(type),
        body: { filterGroups: [], properties: ['hs_object_id'], limit: 1 },
        lane: 'search',
      })

      return wire.total ?? 0
    },

    async *pageRecords(type, properties) {
      if (properties.length > MAX_PROPERTIES_PER_GET) {
        throw new TypeError(`pageRecords takes at most ${MAX_PROPERTIES_PER_GET} properties`)
      }
      const seen = new Set<string>()
      let after: string | undefined
      do {
        const page: WirePage<WireRecord> = await http.send({
          operation: 'crm.objects.list',
          method: 'GET',
          path: paths.objects(type),
          query: { limit: LIST_PAGE_SIZE, after, properties: properties.join(',') },
        })
        yield resultsOf(page, 'crm.objects.list').map(toRecord)
        // The cursor is opaque: follow it as given and stop on a repeat rather than loop.
        after = page.paging?.next?.after
        if (after !== undefined) {
          if (seen.has(after)) {
            throw errors.hubspotFailed('crm.objects.list', 200, 'CURSOR_REPEAT')
          }
          seen.add(after)
        }
      } while (after !== undefined)
    },

    async batchRead(type, ids, properties) {
      const records: CrmRecord[] = []
      for (let start = 0; start < ids.length; start += BATCH_READ_SIZE) {
        const wire = await http.send<{ results?: WireRecord[] }>({
          operation: 'crm.objects.batchRead',
          method: 'POST',
          path: paths.batchRead(type),
          body: {
            inputs: ids.slice(start, start + BATCH_READ_SIZE).map((id) => ({ id })),
            properties,
          },
        })
        records.push(...resultsOf(wire, 'crm.objects.batchRead').map(toRecord))
      }

      return records
    },

    async associations(from, to, ids) {
      const byId = new Map<string, string[]>(ids.map((id) => [id, []]))
      for (let start = 0; start < ids.length; start += ASSOCIATION_BATCH_SIZE) {
        const batch = ids.slice(start, start + ASSOCIATION_BATCH_SIZE)
        const wire = await http.send<WireAssociationBatch>({
          operation: 'crm.associations.batchRead',
          method: 'POST',
          path: paths.associationsBatchRead(from, to),
          body: { inputs: batch.map((id) => ({ id })) },
        })
        for (const result of resultsOf(wire, 'crm.associations.batchRead')) {
          const list = byId.get(String(result.from?.id))
          if (!list) continue
          for (const target of result.to ?? []) list.push(String(target.toObjectId))
        }
      }

      return byId
    },

    async dealPipelines() {
      const wire = await http.send<{ results?: WirePipeline[] }>({
        operation: 'crm.pipelines.list',
        method: 'GET',
        path: paths.dealPipelines(),
      })

      return resultsOf(wire, 'crm.pipelines.list').map(toPipeline)
    },

    async uninstallApp() {
      await http.send<void>({
        operation: 'app.uninstall',
        method: 'DELETE',
        path: paths.appUninstall(),
      })
    },

    async owners() {
      const owners: Owner[] = []
      // Archived owners still own records, and HubSpot lists them only when asked.
      for (const archived of [false, true]) {
        let after: string | undefined
        do {
          const page: WirePage<WireOwner> = await http.send({
            operation: 'crm.owners.list',
            method: 'GET',
            path: paths.owners(),
            query: { limit: 100, after, archived },
          })
          for (const wire of resultsOf(page, 'crm.owners.list')) {
            owners.push({ ...toOwner(wire), archived: archived || (wire.archived ?? false) })
          }
          after = page.paging?.next?.after
        } while (after !== undefined)
      }

      return owners
    },
  }
}
