import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Chicago early-childhood sites with a `True Id` cluster column (MIT, see SOURCES.md). */
export const CHICAGO_CSV = fileURLToPath(
  new URL(
    '../../server/sandbox/data/chicago-early-childhood-sites_with_true_ids.csv',
    import.meta.url,
  ),
)

/** Salesforce's sample accounts and contacts: BOM, ragged rows (CC0). */
export const SALESFORCE_CSV = fileURLToPath(
  new URL(
    '../../server/sandbox/data/salesforce-lwc-recipes/Accounts-Contacts.csv',
    import.meta.url,
  ),
)

/** How a Chicago row reads as a HubSpot company, per the dedupe brief. */
export const CHICAGO_COMPANY_COLUMNS = {
  name: 'Site name',
  address: 'Address',
  zip: 'Zip',
  phone: 'Phone',
  website: 'Website',
} as const

/** A scratch folder for files a test writes; `remove` deletes it and everything in it. */
export async function createTempDir(prefix = 'portalpilot-') {
  const dir = await mkdtemp(join(tmpdir(), prefix))

  return {
    dir,
    /** Writes `content` to `name` in the folder and returns the file's path. */
    async write(name: string, content: string | Uint8Array): Promise<string> {
      const path = join(dir, name)
      await writeFile(path, content)

      return path
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  }
}
