import type { FastifyInstance } from 'fastify'

import { requireScope } from '../http/api-guard.ts'
import type { SandboxContext } from '../http/context.ts'
import { decodeCursor, encodeCursor } from '../http/cursor.ts'
import { notFound, validationError } from '../http/hubspot-error.ts'
import type { OwnerDef } from '../store/types.ts'
import { origin } from './object-paths.ts'

const OWNER_SCOPES = ['crm.objects.owners.read']
const MAX_LIMIT = 500

function renderOwner(owner: OwnerDef) {
  return {
    id: owner.id, email: owner.email, type: 'PERSON', firstName: owner.firstName,
    lastName: owner.lastName, userId: owner.userId,
    userIdIncludingInactive: owner.userIdIncludingInactive, createdAt: owner.createdAt,
    updatedAt: owner.updatedAt, archived: owner.archived,
    ...(owner.teams.length > 0 && { teams: owner.teams }),
  }
}

interface OwnerQuery {
  limit?: string
  after?: string
  email?: string
  archived?: string
}

/** `GET /crm/v3/owners` (and its 2026-03 twin): paged, archived owners only on request. */
export async function ownerRoutes(app: FastifyInstance, options: { context: SandboxContext }) {
  const { store } = options.context
  for (const base of ['/crm/v3/owners', '/crm/owners/2026-03']) {
    app.get<{ Querystring: OwnerQuery }>(base, async (request) => {
      requireScope(request, OWNER_SCOPES)
      const query = request.query
      const limit = query.limit === undefined ? 100 : Number(query.limit)
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        throw validationError(`limit must be between 1 and ${MAX_LIMIT}`)
      }
      const start = query.after === undefined ? 0 : decodeCursor(query.after)
      const archived = query.archived === 'true'
      const owners = store.owners().filter((owner) => owner.archived === archived &&
        (query.email === undefined || owner.email === query.email.toLowerCase()))
      const page = owners.slice(start, start + limit)
      const next = start + limit < owners.length ? encodeCursor(start + limit) : undefined
      if (!next) return { results: page.map(renderOwner) }
      const link = `${origin(request)}${base}?after=${encodeURIComponent(next)}&limit=${limit}`

      return { results: page.map(renderOwner), paging: { next: { after: next, link } } }
    })
    app.get<{ Params: { ownerId: string } }>(`${base}/:ownerId`, async (request) => {
      requireScope(request, OWNER_SCOPES)
      const owner = store.owners().find((candidate) => candidate.id === request.params.ownerId)
      if (!owner) throw notFound(`Owner ${request.params.ownerId} was not found`)

      return renderOwner(owner)
    })
  }
}
