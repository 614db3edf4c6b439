import { randomBytes, randomUUID } from 'node:crypto'

export interface SandboxApp {
  clientId: string
  clientSecret: string
  redirectUris: string[]
}

export interface RegisteredApp {
  readonly app: SandboxApp
  readonly appId: number
}

export interface AuthCode {
  readonly clientId: string
  readonly redirectUri: string
  readonly scopes: readonly string[]
  readonly expiresAtMs: number
  used: boolean
}

export interface RefreshGrant {
  readonly token: string
  readonly clientId: string
  readonly appId: number
  readonly scopes: readonly string[]
  readonly userId: number
  revoked: boolean
}

/** Who a bearer token speaks for. Private-app tokens never expire. */
export interface AccessGrant {
  readonly token: string
  readonly kind: 'oauth' | 'private'
  readonly hubId: number
  readonly appId: number
  readonly clientId?: string
  readonly scopes: readonly string[]
  readonly userId: number
  readonly expiresAtMs: number
}

const CODE_TTL_MS = 10 * 60 * 1000
const PRIVATE_APP_ID = 3_100_001

/** Every scope the sandbox knows; a private-app token gets them all unless told otherwise. */
export const ALL_SCOPES = [
  'oauth', 'crm.objects.contacts.read', 'crm.objects.contacts.write',
  'crm.objects.companies.read', 'crm.objects.companies.write', 'crm.objects.deals.read',
  'crm.objects.deals.write', 'crm.objects.owners.read', 'crm.objects.custom.read',
  'crm.objects.custom.write', 'crm.schemas.contacts.read', 'crm.schemas.companies.read',
  'crm.schemas.deals.read', 'crm.schemas.custom.read', 'tickets', 'crm.lists.read',
  'automation',
] as const

/** Apps, codes and tokens of one portal. Secrets come from node:crypto, never the seed PRNG. */
export class TokenStore {
  readonly #apps = new Map<string, RegisteredApp>()
  readonly #codes = new Map<string, AuthCode>()
  readonly #refresh = new Map<string, RefreshGrant>()
  readonly #access = new Map<string, AccessGrant>()
  readonly #hubId: number
  readonly #userId: number
  readonly #now: () => number
  readonly #ttlMs: number

  constructor(options: { hubId: number; userId: number; now: () => number;
    accessTokenTtlSeconds: number }) {
    if (!(options.accessTokenTtlSeconds > 0)) {
      throw new TypeError('accessTokenTtlSeconds must be positive')
    }
    this.#hubId = options.hubId
    this.#userId = options.userId
    this.#now = options.now
    this.#ttlMs = options.accessTokenTtlSeconds * 1000
  }

  get accessTokenTtlSeconds(): number {
    return this.#ttlMs / 1000
  }

  registerApp(app: SandboxApp): RegisteredApp {
    if (!app.clientId || !app.clientSecret) {
      throw new TypeError('an app needs a clientId and a clientSecret')
    }
    const known = this.#apps.get(app.clientId)
    const registered = { app: { ...app, redirectUris: [...app.redirectUris] },
      appId: known?.appId ?? 2_000_001 + this.#apps.size }
    this.#apps.set(app.clientId, registered)

    return registered
  }

  app(clientId: string): RegisteredApp | undefined {
    return this.#apps.get(clientId)
  }

  issueCode(clientId: string, redirectUri: string, scopes: readonly string[]): string {
    const code = randomUUID()
    this.#codes.set(code, { clientId, redirectUri, scopes,
      expiresAtMs: this.#now() + CODE_TTL_MS, used: false })

    return code
  }

  code(code: string): AuthCode | undefined {
    return this.#codes.get(code)
  }

  isExpired(code: AuthCode): boolean {
    return this.#now() >= code.expiresAtMs
  }

  grantRefresh(app: RegisteredApp, scopes: readonly string[]): RefreshGrant {
    const token = `na1-${randomUUID().slice(0, 4)}-${randomUUID()}`
    const grant: RefreshGrant = { token, clientId: app.app.clientId, appId: app.appId, scopes,
      userId: this.#userId, revoked: false }
    this.#refresh.set(token, grant)

    return grant
  }

  refreshGrant(token: string): RefreshGrant | undefined {
    return this.#refresh.get(token)
  }

  /** Mints an access token from a refresh grant; it lives `accessTokenTtlSeconds`. */
  mintAccess(grant: RefreshGrant): AccessGrant {
    const access: AccessGrant = {
      token: `CN${randomBytes(96).toString('base64url')}`, kind: 'oauth', hubId: this.#hubId,
      appId: grant.appId, clientId: grant.clientId, scopes: grant.scopes,
      userId: grant.userId, expiresAtMs: this.#now() + this.#ttlMs,
    }
    this.#access.set(access.token, access)

    return access
  }

  createPrivateAppToken(scopes: readonly string[]): AccessGrant {
    const access: AccessGrant = {
      token: `pat-na1-${randomUUID()}`, kind: 'private', hubId: this.#hubId,
      appId: PRIVATE_APP_ID, scopes, userId: this.#userId,
      expiresAtMs: Number.POSITIVE_INFINITY,
    }
    this.#access.set(access.token, access)

    return access
  }

  access(token: string): AccessGrant | undefined {
    return this.#access.get(token)
  }

  /**
   * The app leaves the portal: every refresh token issued to it is revoked (a refresh then
   * fails with BAD_REFRESH_TOKEN) and its access tokens stop working at once. A later
   * install grants new tokens. Returns how many refresh tokens were revoked.
   */
  uninstallApp(appId: number): number {
    let revoked = 0
    for (const grant of this.#refresh.values()) {
      if (grant.appId !== appId || grant.revoked) continue
      grant.revoked = true
      revoked += 1
    }
    for (const [token, access] of this.#access) {
      if (access.kind === 'oauth' && access.appId === appId) this.#access.delete(token)
    }

    return revoked
  }

  /** Revoking a refresh token leaves the access tokens minted from it alive until expiry. */
  revokeRefresh(token: string): boolean {
    const grant = this.#refresh.get(token)
    if (!grant || grant.revoked) return false
    grant.revoked = true

    return true
  }
}
