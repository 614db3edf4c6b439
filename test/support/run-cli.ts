import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { expect } from 'vitest'

const run = promisify(execFile)
export const REPO = fileURLToPath(new URL('../../', import.meta.url))

export interface Outcome {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command-line entry point with the Node running the tests (the pinned 24). */
export async function runCliScript(script: string, args: readonly string[],
  env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd: REPO,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    })

    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }

    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** One `error: ...` line on stderr, nothing on stdout. */
export function expectOneErrorLine(outcome: Outcome, code: number, text: string) {
  expect(outcome.code).toBe(code)
  expect(outcome.stdout).toBe('')
  expect(outcome.stderr).toMatch(/^error: [^\n]+\n$/)
  expect(outcome.stderr).toContain(text)
}
