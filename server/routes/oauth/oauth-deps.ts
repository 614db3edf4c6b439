import type { PortalDetails } from '../../../shared/crm.ts'
import type { Config } from '../../config.ts'
import type { OAuthClient, TokenSet } from '../../hubspot/oauth-client.ts'
import type { createStateSigner } from '../../security/oauth-state.ts'

/** An audit entry as the OAuth routes write it. */
export interface OAuthAuditEntry {
  readonly portalId: number | null
  readonly userId?: number | null
  readonly action: 'auth.install' | 'auth.login'
  readonly outcome: 'success' | 'failure' | 'denied'
  readonly detail?: Record<string, string>
}

/** What the install and sign-in routes need; the composition root wires each one. */
export interface OAuthRouteDeps {
  readonly config: Config
  readonly oauth: OAuthClient
  readonly states: ReturnType<typeof createStateSigner>
  readonly rememberState: (nonce: string, expiresAt: Date) => Promise<void>
  /** True once per remembered, unexpired nonce. */
  readonly consumeState: (nonce: string) => Promise<boolean>
  /** Reads the account behind a fresh access token. */
  readonly accountDetails: (accessToken: string) => Promise<PortalDetails>
  /** Stores the portal, the installing user's membership and the encrypted tokens. */
  readonly connectPortal: (
    details: PortalDetails,
    userId: number,
    tokens: TokenSet,
  ) => Promise<void>
  readonly isMember: (portalId: number, userId: number) => Promise<boolean>
  readonly issueSession: (userId: number) => Promise<{ token: string; expiresInSeconds: number }>
  readonly audit: (entry: OAuthAuditEntry) => Promise<void>
  readonly queueScan: (portalId: number) => void
}

/** Where HubSpot sends people back to; it must match the app's redirect URL exactly. */
export const redirectUri = (config: Config) => `${config.publicBaseUrl}/oauth/callback`
