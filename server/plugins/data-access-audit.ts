import type { FastifyInstance, FastifyRequest } from 'fastify'

/** One answered request that read or changed a portal's data. */
export interface DataAccess {
  readonly portalId: number
  readonly userId: number | null
  readonly operation: string
  readonly write: boolean
}

export type OnDataAccess = (access: DataAccess) => void | Promise<void>

/**
 * Reports every successful request of an authenticated group to the audit log, with the
 * portal and user its auth plugin established. Added inside the group, after its auth, so
 * only authenticated requests can reach it.
 */
export function auditDataAccess(
  app: FastifyInstance,
  who: (request: FastifyRequest) => { portalId: number | null; userId: number | null },
  onDataAccess: OnDataAccess | undefined,
): void {
  if (!onDataAccess) return

  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 400) return
    const { portalId, userId } = who(request)
    if (portalId === null) return

    await onDataAccess({
      portalId,
      userId,
      operation: request.routeOptions.config.operation ?? 'unknown',
      write: request.method !== 'GET' && request.method !== 'HEAD',
    })
  })
}
