import type { FastifyRequest } from 'fastify'

import type { AccessGrant, TokenStore } from '../auth/token-store.ts'
import type { SandboxStore } from '../store/store.ts'
import type { RollingWindowLimiter } from './rate-limiter.ts'

export interface SandboxStats {
  requests: number
  rateLimited: number
  tokenGrants: number
  refreshGrants: number
}

/** Everything a sandbox route needs, passed to each route plugin. */
export interface SandboxContext {
  readonly store: SandboxStore
  readonly tokens: TokenStore
  readonly stats: SandboxStats
  readonly tenSecondly: RollingWindowLimiter
  readonly searchSecondly: RollingWindowLimiter
  readonly now: () => number
  readonly user: { readonly id: number; readonly email: string }
  readonly hubDomain: string
}

const grants = new WeakMap<FastifyRequest, AccessGrant>()

export function setGrant(request: FastifyRequest, grant: AccessGrant): void {
  grants.set(request, grant)
}

/** The grant the API guard attached; routes behind the guard always have one. */
export function grantOf(request: FastifyRequest): AccessGrant {
  const grant = grants.get(request)
  if (!grant) throw new TypeError('grantOf called on a route outside the API guard')

  return grant
}
