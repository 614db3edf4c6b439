import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { lockDataDir } from '../../../server/db/data-dir-lock.ts'

const tempDir = () => mkdtempSync(join(tmpdir(), 'portalpilot-lock-'))

describe('lockDataDir', () => {
  it('claims a folder and lets go of it', () => {
    const dir = tempDir()

    const release = lockDataDir(dir)
    expect(existsSync(join(dir, 'portalpilot.pid'))).toBe(true)
    release()

    expect(existsSync(join(dir, 'portalpilot.pid'))).toBe(false)
  })

  it('refuses a folder another live process holds', async () => {
    const dir = tempDir()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'])
    try {
      writeFileSync(join(dir, 'portalpilot.pid'), String(other.pid))

      expect(() => lockDataDir(dir)).toThrowError(`another PortalPilot (pid ${other.pid})`)
    } finally {
      other.kill()
    }
  })

  it('takes over a lock left by a process that is gone', () => {
    const dir = tempDir()
    // Pids wrap far below this on Linux, so no process holds it.
    writeFileSync(join(dir, 'portalpilot.pid'), '999999999')

    const release = lockDataDir(dir)

    release()
  })
})
