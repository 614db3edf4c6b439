import { AppError } from '../errors.ts'
import { assertNodeVersion } from '../runtime.ts'

/** A usage mistake: exit code 2, as most command-line tools do. */
export class UsageError extends Error {}

/**
 * Runs a command-line entry point: checks the Node version, and turns any failure into one
 * `error: ...` line on stderr and a non-zero exit, never a stack trace.
 */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  assertNodeVersion()
  main(process.argv.slice(2)).then(
    () => {
      process.exitCode = 0
    },
    (error: unknown) => {
      const message =
        error instanceof AppError || error instanceof UsageError
          ? error.message
          : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`
      process.stderr.write(`error: ${message}\n`)
      process.exitCode = error instanceof UsageError ? 2 : 1
    },
  )
}
