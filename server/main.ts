import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import pino from 'pino'

import { formatReport } from './cli/format-report.ts'
import { createProgressBar } from './cli/progress-bar.ts'
import { type Config, loadConfig } from './config.ts'
import { connectDatabase } from './db/connect.ts'
import { lockDataDir } from './db/data-dir-lock.ts'
import { migrate } from './db/migrate.ts'
import { failInterruptedScans, latestScan, readReport } from './db/scans.repository.ts'
import { devSecretsEnv } from './dev/dev-secrets.ts'
import { createLogger } from './logger.ts'
import { assertNodeVersion } from './runtime.ts'
import { createService, type HubSpotApp } from './service.ts'

/**
 * `npm start`: the service on its configured database. Without HUBSPOT_API_BASE_URL it runs
 * on embedded defaults: PGlite in .data/, the local sandbox portal installed through the
 * real OAuth install flow, and the first scan's score table printed.
 */
async function main(): Promise<void> {
  assertNodeVersion()
  const devDefaults = !process.env.HUBSPOT_API_BASE_URL
  const env = devDefaults
    ? { ...devSecretsEnv(process.env.DATA_DIR ?? '.data'), ...process.env }
    : process.env
  const config = loadConfig(env, { forService: true })
  // Files we create (the embedded database, logs, dev secrets) are this user's alone.
  process.umask(0o077)
  // The embedded database is one process's: claim its folder before anything opens it.
  const releaseDataDir = config.databaseUrl ? () => {} : lockDataDir(config.dataDir)
  const logger = createLogger(config, devDefaults ? logFile(config) : undefined)
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    appDatabaseUrl: config.appDatabaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    log: (event) => logger.debug({ type: 'db', ...event }, 'query'),
  })
  await migrate(database.admin)
  if (!config.databaseUrl) await failInterruptedScans(database.admin)

  const closers: (() => Promise<void>)[] = [
    () => database.close(),
    async () => releaseDataDir(),
  ]
  let hubspot: HubSpotApp
  let sandboxUrl: string | undefined
  let sandboxPortalId = 0
  if (devDefaults) {
    // Imported here so no production path loads the sandbox.
    const { startDevSandbox } = await import('./dev/connect-and-scan.ts')
    process.stdout.write('Starting the local HubSpot sandbox portal...\n')
    const dev = await startDevSandbox(config)
    closers.unshift(() => dev.sandbox.close())
    hubspot = dev.hubspot
    sandboxUrl = dev.hubspot.apiBaseUrl
    sandboxPortalId = dev.sandbox.portalId
  } else {
    hubspot = productionHubSpot(config)
  }

  const bar = devDefaults ? createProgressBar(process.stdout) : null
  const service = await createService(config, database, logger, hubspot,
    { onScanProgress: bar?.update })
  closers.unshift(() => service.close())
  await service.app.listen({ host: config.host, port: config.port })

  if (devDefaults) {
    const { installThroughOAuth, requestHealthCard } = await import('./dev/connect-and-scan.ts')
    process.stdout.write('Installing PortalPilot into the sandbox portal through OAuth...\n')
    await installThroughOAuth(config.publicBaseUrl)
    await service.scans.idle()
    bar?.stop()
    await printLatestReport(database.db, sandboxPortalId)
    const card = await requestHealthCard(config.publicBaseUrl, hubspot.clientSecret,
      sandboxPortalId)
    process.stdout.write(`A signed card request (as HubSpot's hubspot.fetch sends it) ` +
      `answered ${card.status}: scan ${card.body.status}, score ${card.body.score}.\n`)
  }
  const address = service.app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  process.stdout.write(`PortalPilot is serving at http://${config.host}:${port} ` +
    `(GET /healthz). Press Ctrl+C to stop.\n`)
  // After the service's own address, so a script reading the first URL finds the service.
  if (sandboxUrl) process.stdout.write(`The sandbox portal's API answers at ${sandboxUrl}\n`)

  const stop = async () => {
    for (const close of closers) await close().catch(() => {})
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function productionHubSpot(config: Config): HubSpotApp {
  const { apiBaseUrl, authBaseUrl, clientId, clientSecret } = config.hubspot
  if (!apiBaseUrl || !clientId || !clientSecret) {
    throw new TypeError('production HubSpot settings were not validated')
  }

  return { apiBaseUrl, authBaseUrl: authBaseUrl ?? 'https://app.hubspot.com', clientId,
    clientSecret }
}

async function printLatestReport(db: Parameters<typeof latestScan>[0], portalId: number)
  : Promise<void> {
  const scan = await latestScan(db, portalId)
  if (!scan) {
    process.stdout.write('The first scan did not finish; see .data/portalpilot.log.\n')
    return
  }
  const report = await readReport(db, portalId, scan.scanId)
  process.stdout.write(`\n${formatReport(report, portalId)}\n\n`)
}

/** Dev defaults keep the terminal for the score table; the JSON log lines go to a file. */
function logFile(config: Config): pino.DestinationStream {
  mkdirSync(config.dataDir, { recursive: true })

  return pino.destination({ dest: join(config.dataDir, 'portalpilot.log'), sync: false })
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`error: ${message}\n`)
  process.exit(1)
})
