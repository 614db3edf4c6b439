import type { InjectOptions } from 'fastify'

import { ERROR_CODES } from '../../../shared/errors.ts'
import type { App, RegisteredRoute } from '../../../server/app.ts'

export interface RouteAuthPlan {
  readonly app: App
  /** The explicit allow-list: routes that need no credentials. */
  readonly isPublic: (route: RegisteredRoute) => boolean
  /** Adds tenant A's credentials for the route's group to a request; unchanged if none. */
  readonly asTenantA: (route: RegisteredRoute, request: InjectOptions) => Promise<InjectOptions>
  readonly portalA: number
  readonly portalB: number
  /** Text that only portal B's data contains; it must never reach tenant A. */
  readonly tenantBMarkers: readonly string[]
}

const HAS_BODY = new Set(['POST', 'PUT', 'PATCH'])
const LEAKS = [
  /\bstack\b/i,
  /\n\s+at /,
  /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i,
  /portal_id|relation "|syntax error/i,
]

/** The route's URL with each parameter filled in; `:portalId` gets `portalId`. */
function fill(url: string, portalId: number): string {
  return url
    .replace(/:portalId\b/g, String(portalId))
    .replace(/:[A-Za-z_]+/g, '1')
    .replace(/\*$/, 'x')
}

function withBody(method: string, request: InjectOptions): InjectOptions {
  if (!HAS_BODY.has(method)) return request

  return { ...request, payload: '{}', headers: { ...request.headers,
    'content-type': 'application/json' } }
}

/** Problems of an error reply: anything but exactly {code, message}, or a leak. */
function errorBodyProblems(label: string, body: string, markers: readonly string[]) {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return [`${label}: error body is not JSON`]
  }
  const problems: string[] = []
  const keys = parsed && typeof parsed === 'object' ? Object.keys(parsed).sort() : []
  if (keys.join(',') !== 'code,message') {
    problems.push(`${label}: error body has keys [${keys.join(', ')}]`)
  }
  const code = (parsed as { code?: unknown }).code
  if (!(ERROR_CODES as readonly unknown[]).includes(code)) {
    problems.push(`${label}: unknown error code ${String(code)}`)
  }
  for (const leak of LEAKS) {
    if (leak.test(body)) problems.push(`${label}: error body matches ${leak}`)
  }
  for (const marker of markers) {
    if (body.includes(marker)) problems.push(`${label}: error body names tenant B`)
  }

  return problems
}

/**
 * Walks every registered route outside the allow-list and returns what is wrong: a route
 * that answers without credentials, one that serves tenant A's credentials for tenant B,
 * or an error body that says more than {code, message}. Empty means every route is guarded.
 */
export async function checkRouteAuth(plan: RouteAuthPlan): Promise<string[]> {
  // Plugins registered without await load at ready: their routes must be listed too.
  await plan.app.ready()
  const problems: string[] = []
  for (const route of plan.app.registeredRoutes()) {
    if (plan.isPublic(route)) continue
    const label = `${route.method} ${route.url}`
    const method = route.method as InjectOptions['method']

    const anonymous = await plan.app.inject(withBody(route.method,
      { method, url: fill(route.url, plan.portalA) }))
    if (anonymous.statusCode !== 401) {
      problems.push(`${label}: answered ${anonymous.statusCode} without credentials`)
    } else if (route.method !== 'HEAD') {
      problems.push(...errorBodyProblems(label, anonymous.body, plan.tenantBMarkers))
    }

    // Tenant A asks about B: B in the path, and B in the query for routes that take the
    // portal from elsewhere (a card caller prepending portalId before HubSpot's own).
    const crossUrl = `${fill(route.url, plan.portalB)}?portalId=${plan.portalB}`
    const cross = await plan.app.inject(await plan.asTenantA(route,
      withBody(route.method, { method, url: crossUrl })))
    const refused = [401, 403, 404].includes(cross.statusCode)
    if (route.url.includes(':portalId') && ![403, 404].includes(cross.statusCode)) {
      problems.push(`${label}: answered ${cross.statusCode} to tenant A asking about B`)
    } else if (!refused && plan.tenantBMarkers.some((marker) => cross.body.includes(marker))) {
      problems.push(`${label}: served tenant B's data to tenant A`)
    }
    if (refused && route.method !== 'HEAD') {
      problems.push(...errorBodyProblems(`${label} (cross-tenant)`, cross.body,
        plan.tenantBMarkers))
    }
  }

  return problems
}
