import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A migration problem that must stop the service from starting. */
export class MigrationError extends Error {
  readonly file: string

  constructor(file: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'MigrationError'
    this.file = file
  }
}

export interface MigrationFile {
  readonly name: string
  readonly sql: string
  readonly sha256: string
}

export interface AppliedMigration {
  readonly name: string
  readonly sha256: string
}

const NAME_PATTERN = /^(\d{4})_[a-z][a-z0-9]*(?:_[a-z0-9]+)+\.sql$/

/** Reads every `*.sql` file of `dir`, sorted by name; a badly named file is an error. */
export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort()
  const numbers = new Map<string, string>()
  const files: MigrationFile[] = []

  for (const name of names) {
    const number = NAME_PATTERN.exec(name)?.[1]
    if (!number) {
      throw new MigrationError(name, `Migration ${name} is not named NNNN_verb_noun.sql.`)
    }
    const clash = numbers.get(number)
    if (clash) {
      throw new MigrationError(name, `Migrations ${clash} and ${name} share the number ${number}.`)
    }
    numbers.set(number, name)
    const bytes = await readFile(join(dir, name))
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    files.push({ name, sql: bytes.toString('utf8'), sha256 })
  }

  return files
}

/**
 * The files still to apply, in order. Refuses an applied file that changed or vanished, and
 * a new file numbered before the last applied one: either means the history on disk is not
 * the history the database went through.
 */
export function pendingMigrations(
  files: readonly MigrationFile[],
  applied: readonly AppliedMigration[],
): MigrationFile[] {
  const byName = new Map(files.map((file) => [file.name, file]))
  for (const done of applied) {
    const file = byName.get(done.name)
    if (!file) {
      throw new MigrationError(
        done.name,
        `Migration ${done.name} was applied to this database but its file is missing.`,
      )
    }
    if (file.sha256 !== done.sha256) {
      throw new MigrationError(
        done.name,
        `Migration ${done.name} changed after it was applied (sha256 ${done.sha256} when ` +
          `applied, ${file.sha256} now). Applied migrations are never edited: restore the ` +
          'file and put the change in a new migration.',
      )
    }
  }

  const appliedNames = new Set(applied.map((done) => done.name))
  const lastApplied = [...appliedNames].sort().at(-1) ?? ''
  const pending = files.filter((file) => !appliedNames.has(file.name))
  const early = pending.find((file) => file.name < lastApplied)
  if (early) {
    throw new MigrationError(
      early.name,
      `Migration ${early.name} is new but sorts before the applied ${lastApplied}: ` +
        'give it a number after the last applied migration.',
    )
  }

  return pending
}
