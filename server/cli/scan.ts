import { parseArgs } from 'node:util'

import { loadConfig } from '../config.ts'
import { staticAccessToken, refreshingAccessToken } from '../hubspot/access-token.ts'
import { silentLogger } from '../hubspot/logger.ts'
import { createOAuthClient } from '../hubspot/oauth-client.ts'
import { createPortalBudgets, createPortalGateway } from '../hubspot/portal-gateway.ts'
import { loadDisposableDomains } from '../scoring/disposable-domains.ts'
import { runScan } from '../scans/run-scan.ts'
import { formatReport } from './format-report.ts'
import { createProgressBar } from './progress-bar.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'usage: npm run scan -- [--json] [--full] [--token <token> [--api <base url>]]'
const HUBSPOT_API = 'https://api.hubapi.com'

/**
 * One scan from the command line: the local sandbox portal by default, or a real portal with
 * a private app token. Prints the score table, or one JSON object with --json.
 */
async function main(argv: string[]): Promise<void> {
  const args = parseFlags(argv)
  const config = loadConfig()
  const budgets = createPortalBudgets(config.hubspot.requestsPerTenSeconds)
  const timeoutMs = config.hubspot.requestTimeoutMs

  let baseUrl = args.api ?? HUBSPOT_API
  let close = async () => {}
  let tokens = args.token === undefined ? null : staticAccessToken(args.token)
  if (!tokens) {
    // Loaded only here, so a scan of a real portal never loads the sandbox.
    const { startSandboxPortal } = await import('../dev/sandbox-portal.ts')
    const portal = await startSandboxPortal({ logger: silentLogger, timeoutMs })
    baseUrl = portal.baseUrl
    close = () => portal.sandbox.close()
    tokens = refreshingAccessToken({
      tokens: portal.tokens,
      oauth: createOAuthClient({ baseUrl, clientId: portal.clientId,
        clientSecret: portal.clientSecret, logger: silentLogger, timeoutMs }),
    })
  }

  // Piped or scripted runs get the result and, on failure, the one error line only.
  const bar = args.json || !process.stderr.isTTY ? null : createProgressBar(process.stderr)
  try {
    const gateway = createPortalGateway({ baseUrl, tokens, logger: silentLogger, timeoutMs,
      budget: budgets.forPortal(baseUrl) })
    const outcome = await runScan(
      { gateway, disposableDomains: await loadDisposableDomains(), now: () => new Date(),
        random: Math.random },
      { kind: args.full ? 'full' : 'sample', sampleSize: config.scan.sampleSize,
        defaultCountry: config.scan.defaultCountry, onProgress: bar?.update },
    )
    bar?.stop()
    const portalId = outcome.details.portalId
    process.stdout.write(
      args.json
        ? `${JSON.stringify({ portalId, ...outcome.report })}\n`
        : `${formatReport(outcome.report, portalId)}\n`,
    )
  } finally {
    bar?.stop()
    await close()
  }
}

function parseFlags(argv: string[]) {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        token: { type: 'string' },
        api: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  if (values.api !== undefined && values.token === undefined) {
    throw new UsageError(`--api needs --token (the sandbox needs neither)\n${USAGE}`)
  }
  if (values.api !== undefined && !URL.canParse(values.api)) {
    throw new UsageError(`--api must be a URL such as ${HUBSPOT_API}`)
  }
  if (values.token !== undefined && !/^[\x21-\x7e]+$/.test(values.token)) {
    throw new UsageError('--token must be the private app token: printable, no spaces')
  }

  return { ...values, api: values.api?.replace(/\/+$/, '') }
}

runCli(main)
