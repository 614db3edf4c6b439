import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import pino from 'pino'
import { sql } from 'kysely'

import { buildApp } from './app.ts'
import { type Config, loadConfig } from './config.ts'
import { connectDatabase } from './db/connect.ts'
import { migrate } from './db/migrate.ts'
import { devSecretsEnv } from './dev/dev-secrets.ts'
import { createLogger } from './logger.ts'
import { assertNodeVersion } from './runtime.ts'

/**
 * `npm start`: the service on its configured database. Without HUBSPOT_API_BASE_URL it runs
 * on embedded defaults: PGlite in .data/, the local sandbox portal connected through the
 * OAuth code flow, and a first scan printed before the service starts answering.
 */
async function main(): Promise<void> {
  assertNodeVersion()
  const devDefaults = !process.env.HUBSPOT_API_BASE_URL
  const env = devDefaults
    ? { ...devSecretsEnv(process.env.DATA_DIR ?? '.data'), ...process.env }
    : process.env
  const config = loadConfig(env, { forService: true })
  const logger = createLogger(config, devDefaults ? logFile(config) : undefined)
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    log: (event) => logger.debug({ type: 'db', ...event }, 'query'),
  })
  await migrate(database.db)

  const closers: (() => Promise<void>)[] = [() => database.close()]
  let sandboxUrl: string | undefined
  if (devDefaults) {
    // Imported here so no production path loads the sandbox.
    const { connectAndScanSandbox } = await import('./dev/connect-and-scan.ts')
    const sandbox = await connectAndScanSandbox(database.db, config, logger)
    closers.unshift(sandbox.close)
    sandboxUrl = sandbox.baseUrl
  }

  const app = await buildApp(config, {
    logger,
    pingDatabase: async () => {
      await sql`select 1`.execute(database.db)
    },
  })
  closers.unshift(() => app.close())
  await app.listen({ host: config.host, port: config.port })
  const address = app.server.address()
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

