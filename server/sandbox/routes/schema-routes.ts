import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { notFound, validationError } from '../http/hubspot-error.ts'
import { objectTypeParam, schemaScopes } from '../http/object-type-param.ts'
import type { PipelineDef, PropertyDefinition } from '../store/types.ts'

type TypeParams = { objectType: string }

function renderProperty(property: PropertyDefinition) {
  return {
    updatedAt: property.updatedAt, createdAt: property.createdAt, name: property.name,
    label: property.label, type: property.type, fieldType: property.fieldType,
    description: property.description, groupName: property.groupName,
    options: property.options, displayOrder: property.displayOrder,
    calculated: property.calculated, externalOptions: property.externalOptions,
    hasUniqueValue: property.hasUniqueValue, hidden: property.hidden,
    hubspotDefined: property.hubspotDefined,
    ...(property.referencedObjectType && {
      referencedObjectType: property.referencedObjectType }),
    ...(property.showCurrencySymbol !== undefined && {
      showCurrencySymbol: property.showCurrencySymbol }),
    modificationMetadata: { archivable: property.archivable,
      readOnlyDefinition: property.readOnlyDefinition, readOnlyValue: property.readOnlyValue },
    formField: property.formField, dataSensitivity: 'non_sensitive',
    ...(property.archived && { archived: true, archivedAt: property.archivedAt }),
    ...(!property.hubspotDefined && { createdUserId: '9100001', updatedUserId: '9100001' }),
  }
}

function renderPipeline(pipeline: PipelineDef) {
  return {
    label: pipeline.label, displayOrder: pipeline.displayOrder, id: pipeline.id,
    stages: pipeline.stages.map((stage) => ({
      label: stage.label, displayOrder: stage.displayOrder,
      // Stage metadata values are strings, even the booleans (fidelity item 22).
      metadata: stage.ticketState
        ? { ticketState: stage.ticketState, isClosed: String(stage.isClosed) }
        : { isClosed: String(stage.isClosed), probability: stage.probability ?? '0.0' },
      id: stage.id, createdAt: pipeline.createdAt, updatedAt: pipeline.createdAt,
      archived: stage.archived, writePermissions: 'CRUD_ALL',
    })),
    createdAt: pipeline.createdAt, updatedAt: pipeline.createdAt, archived: pipeline.archived,
  }
}

/** Properties, pipelines and account details, under v3 paths and their 2026-03 twins. */
export async function schemaRoutes(app: FastifyInstance, options: { context: SandboxContext }) {
  const { context } = options
  const { store } = context

  for (const base of ['/crm/v3/properties', '/crm/properties/2026-03']) {
    app.get<{ Params: TypeParams; Querystring: { archived?: string } }>(
      `${base}/:objectType`, async (request) => {
        const def = objectTypeParam(context, request.params.objectType,
          { allowShortCustomName: true })
        requireScope(request, schemaScopes(def))
        const archived = request.query.archived === 'true'

        return { results: store.properties(def.name, { archived }).map(renderProperty) }
      })
    app.get<{ Params: TypeParams & { propertyName: string } }>(
      `${base}/:objectType/:propertyName`, async (request) => {
        const def = objectTypeParam(context, request.params.objectType,
          { allowShortCustomName: true })
        requireScope(request, schemaScopes(def))
        const property = store.property(def.name, request.params.propertyName)
        if (!property) throw notFound(`Unable to find property ${request.params.propertyName}`)

        return renderProperty(property)
      })
  }

  for (const base of ['/crm/v3/pipelines', '/crm/pipelines/2026-03']) {
    const pipelinesOf = (segment: string) => {
      const def = objectTypeParam(context, segment)
      const pipelines = store.pipelines(def.name)
      if (pipelines.length === 0) {
        throw validationError(`Pipelines are not supported for ${def.name}`)
      }

      return { def, pipelines }
    }
    app.get<{ Params: TypeParams }>(`${base}/:objectType`, async (request) => {
      const { def, pipelines } = pipelinesOf(request.params.objectType)
      requireScope(request, schemaScopes(def))

      return { results: pipelines.filter((p) => !p.archived).map(renderPipeline) }
    })
    app.get<{ Params: TypeParams & { pipelineId: string } }>(`${base}/:objectType/:pipelineId`,
      async (request) => {
        const { def, pipelines } = pipelinesOf(request.params.objectType)
        requireScope(request, schemaScopes(def))
        const pipeline = pipelines.find((p) => p.id === request.params.pipelineId)
        if (!pipeline) throw notFound(`Unable to find pipeline ${request.params.pipelineId}`)

        return renderPipeline(pipeline)
      })
  }

  for (const url of ['/account-info/v3/details', '/account-info/2026-03/details']) {
    app.get(url, async () => ({
      portalId: store.portalId, accountType: 'STANDARD', timeZone: 'America/Chicago',
      companyCurrency: 'USD', additionalCurrencies: ['EUR', 'GBP', 'CAD'],
      utcOffset: '-06:00', utcOffsetMilliseconds: -21_600_000, uiDomain: 'app.hubspot.com',
      dataHostingLocation: 'na1',
    }))
  }
}
