import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { createSandbox } from './index.ts'

/**
 * Serves the demo portal for local development:
 *   npx node server/sandbox/serve.ts [--port N]
 * The app comes from HUBSPOT_CLIENT_ID / HUBSPOT_CLIENT_SECRET / SANDBOX_REDIRECT_URIS
 * (comma-separated) or is made up. This local dev sandbox is the one place that prints a
 * client secret: it guards nothing but fake data on 127.0.0.1.
 */
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } })
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write('--port must be a whole number from 0 to 65535\n')
  process.exit(2)
}

const clientId = process.env.HUBSPOT_CLIENT_ID || `sandbox-${randomBytes(4).toString('hex')}`
const clientSecret = process.env.HUBSPOT_CLIENT_SECRET || randomBytes(24).toString('base64url')
const redirectUris = (process.env.SANDBOX_REDIRECT_URIS ||
  'http://127.0.0.1:3000/oauth/callback,http://localhost:3000/oauth/callback')
  .split(',').map((uri) => uri.trim()).filter(Boolean)

const sandbox = await createSandbox({ seed: 'demo' })
sandbox.registerApp({ clientId, clientSecret, redirectUris })
const baseUrl = await sandbox.listen(port)

process.stdout.write([
  `HubSpot sandbox (demo portal ${sandbox.portalId}) at ${baseUrl}`,
  `  client id:      ${clientId}`,
  `  client secret:  ${clientSecret}`,
  `  redirect URIs:  ${redirectUris.join(' ')}`,
  `  authorize:      ${baseUrl}/oauth/authorize?client_id=${encodeURIComponent(clientId)}` +
    `&redirect_uri=${encodeURIComponent(redirectUris[0] ?? '')}&scope=oauth`,
  `  point the app:  HUBSPOT_API_BASE_URL=${baseUrl}`,
  'Ctrl+C stops it.',
  '',
].join('\n'))

const stop = () => {
  sandbox.close().then(() => process.exit(0), () => process.exit(1))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
