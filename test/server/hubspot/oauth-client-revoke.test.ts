import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CallLogger } from '../../../server/hubspot/logger.ts'
import { createOAuthClient } from '../../../server/hubspot/oauth-client.ts'
import { startTokenSandbox } from '../tokens/fixtures.ts'
import type { TokenSandbox } from '../tokens/fixtures.ts'

let sandbox: TokenSandbox

beforeAll(async () => {
  sandbox = await startTokenSandbox()
})

afterAll(async () => {
  await sandbox?.close()
})

function capturingLogger() {
  const lines: { level: string; fields: object; message: string }[] = []
  const logger: CallLogger = {
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  }

  return { logger, lines }
}

const client = (logger: CallLogger, clientSecret = sandbox.clientSecret) =>
  createOAuthClient({ baseUrl: sandbox.baseUrl, clientId: sandbox.clientId, clientSecret,
    logger, timeoutMs: 10_000 })

describe('OAuthClient.revoke', () => {
  it('revokes the refresh token at HubSpot and logs one line without it', async () => {
    const grant = await sandbox.grant()
    const { logger, lines } = capturingLogger()

    await client(logger).revoke(grant.refreshToken)

    await expect(sandbox.oauth.refresh(grant.refreshToken))
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 'info', message: 'hubspot call',
      fields: { type: 'hubspot', operation: 'oauth.token.revoke', status: 200, attempt: 1 } })
    expect(JSON.stringify(lines)).not.toContain(grant.refreshToken)
  })

  it('accepts a token HubSpot does not know, as RFC 7009 asks', async () => {
    await expect(client(capturingLogger().logger).revoke('na1-unknown-token'))
      .resolves.toBeUndefined()
  })

  it('fails with HUBSPOT_AUTH_FAILED when our client credentials are refused', async () => {
    const grant = await sandbox.grant()

    await expect(client(capturingLogger().logger, 'wrong-secret').revoke(grant.refreshToken))
      .rejects.toMatchObject({ code: 'HUBSPOT_AUTH_FAILED' })
    // Nothing was revoked.
    await expect(sandbox.oauth.refresh(grant.refreshToken)).resolves.toMatchObject({
      refreshToken: grant.refreshToken })
  })
})
