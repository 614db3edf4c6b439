import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Claims the embedded database's folder for this process. PGlite takes no lock of its own,
 * and two processes writing one folder lose data without a word; so the second one stops
 * here with a clear message. A lock left by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  try {
    accessSync(dataDir, constants.W_OK)
  } catch {
    throw new Error(`the data folder ${dataDir} is not writable (set DATA_DIR to another)`)
  }

  const file = join(dataDir, 'portalpilot.pid')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      const release = () => rmSync(file, { force: true })
      process.once('exit', release)

      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(file, 'utf8'))
      if (isAlive(holder)) {
        throw new Error(`another PortalPilot (pid ${holder}) is using ${dataDir}; stop it ` +
          'or set DATA_DIR to another folder')
      }
      rmSync(file, { force: true })
    }
  }
  throw new Error(`cannot claim ${dataDir}`)
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)

    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
