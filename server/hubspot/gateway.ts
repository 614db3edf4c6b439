import type {
  CrmRecord,
  ObjectType,
  Owner,
  Pipeline,
  PortalDetails,
  PropertyMeta,
} from '../../shared/crm.ts'
import { AppError, errors } from '../errors.ts'
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
  /**
   * One record with these properties and its associated ids of `associated` types; null
   * when HubSpot knows no such record. A merged-away id answers the surviving record.
   */
  readRecord(type: ObjectType, id: string, properties: readonly string[],
    associated: readonly ObjectType[]): Promise<CrmRecord | null>
  /** Writes these values ("" clears); HubSpot refuses the whole write or takes it all. */
  updateRecord(type: ObjectType, id: string, values: Readonly<Record<string, string>>)
    : Promise<void>
  /** Merges two contacts or companies; the answer is the merged record (a new id). */
  mergeRecords(type: 'contacts' | 'companies', primaryId: string, secondaryId: string)
    : Promise<CrmRecord>
  /** Companies whose `domain` is exactly this (search lane; at most 10). */
  companiesByDomain(domain: string, properties: readonly string[]): Promise<CrmRecord[]>
  /** The association types from one object to another, with category and type id. */
  associationLabels(from: ObjectType, to: ObjectType): Promise<AssociationLabel[]>
  /** Associates two records with one type read from associationLabels. */
  associate(from: ObjectType, fromId: string, to: ObjectType, toId: string,
    type: AssociationLabel): Promise<void>
  dealPipelines(): Promise<Pipeline[]>
  owners(): Promise<Owner[]>
  /** Removes the app from the portal (cards, webhooks); HubSpot emails its admins. */
  uninstallApp(): Promise<void>
}

/** One association type between two objects, as the v4 labels endpoint lists it. */
export interface AssociationLabel {
  readonly category: string
  readonly typeId: number
  readonly label: string | null
}

interface WireSingleRecord extends WireRecord {
  associations?: Record<string, { results?: { id?: string | number }[] }>
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

    async readRecord(type, id, properties, associated) {
      let wire: WireSingleRecord
      try {
        wire = await http.send<WireSingleRecord>({
          operation: 'crm.objects.read',
          method: 'GET',
          path: paths.object(type, id),
          query: { properties: properties.join(','),
            associations: associated.length > 0 ? associated.join(',') : undefined },
        })
      } catch (error) {
        if (error instanceof AppError && error.upstreamStatus === 404) return null
        throw error
      }
      const associations: Partial<Record<ObjectType, string[]>> = {}
      for (const other of associated) {
        const ids = (wire.associations?.[other]?.results ?? []).map((item) => String(item.id))
        associations[other] = [...new Set(ids)]
      }

      return { ...toRecord(wire), associations }
    },

    async updateRecord(type, id, values) {
      await http.send<unknown>({
        operation: 'crm.objects.update',
        method: 'PATCH',
        path: paths.object(type, id),
        body: { properties: values },
      })
    },

    async mergeRecords(type, primaryId, secondaryId) {
      const wire = await http.send<WireRecord>({
        operation: 'crm.objects.merge',
        method: 'POST',
        path: paths.merge(type),
        body: { primaryObjectId: primaryId, objectIdToMerge: secondaryId },
      })

      return toRecord(wire)
    },

    async companiesByDomain(domain, properties) {
      const wire = await http.send<{ results?: WireRecord[] }>({
        operation: 'crm.companies.searchByDomain',
        method: 'POST',
        path: paths.search('companies'),
        body: { filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'EQ',
          value: domain }] }], properties: [...properties], limit: 10 },
        lane: 'search',
      })

      return resultsOf(wire, 'crm.companies.searchByDomain').map(toRecord)
    },

    async associationLabels(from, to) {
      const wire = await http.send<{ results?: { category?: string; typeId?: number;
        label?: string | null }[] }>({
        operation: 'crm.associations.labels',
        method: 'GET',
        path: paths.associationLabels(from, to),
      })

      return resultsOf(wire, 'crm.associations.labels').map((item) => ({
        category: String(item.category ?? ''),
        typeId: Number(item.typeId),
        label: item.label ?? null,
      }))
    },

    async associate(from, fromId, to, toId, type) {
      await http.send<unknown>({
        operation: 'crm.associations.create',
        method: 'PUT',
        path: paths.associate(from, fromId, to, toId),
        body: [{ associationCategory: type.category, associationTypeId: type.typeId }],
      })
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
