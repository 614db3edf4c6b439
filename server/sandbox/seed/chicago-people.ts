/**
 * The people in a row of the Chicago early-childhood file. The merge that built the file
 * shifted the columns of several sources (see data/SOURCES.md): `Director` is empty on every
 * row and `Email Address` holds accreditation dates. This module reads each person from the
 * column its source really used, so the demo portal gets real director contacts.
 */
export type ChicagoRow = Readonly<Record<string, string>>

export interface ChicagoPerson {
  readonly role: 'director' | 'executive'
  readonly firstname?: string
  readonly lastname?: string
  readonly email?: string
}

interface SourceColumns {
  readonly director?: string
  readonly executive?: string
  readonly email?: string
}

/** Where each source put its people, found by reading the file row by row. */
function columnsFor(row: ChicagoRow): SourceColumns {
  const source = row.Source ?? ''
  if (source.startsWith('DFSS_AgencySiteLies')) {
    // Three DFSS rows are aligned with the header (their Agency cell is filled).
    return (row.Agency ?? '').trim() !== ''
      ? { director: 'Center Director', executive: 'Executive Director' }
      : { director: 'NAEYC Valid Until', executive: 'ECE Available Programs' }
  }
  if (source.startsWith('chapin_dfss_providers')) return { director: 'Eearly Head Start Fund' }
  if (source.startsWith('NAEYC_accreditation')) return { email: 'Purple binder service type' }

  return { director: 'Director', executive: 'Executive Director', email: 'Email Address' }
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sister', 'rev', 'fr'])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'pres'])
const plain = (word: string) => word.toLowerCase().replace(/[.,]/g, '')

/** Splits "Mrs. Carol Ann  Lang" into first "Carol Ann", last "Lang"; junk gives undefined. */
export function splitName(raw: string): { firstname: string; lastname: string } | undefined {
  const text = raw.replace(/\s+/g, ' ').trim()
  if (!/^[\p{L}][\p{L} .,'’-]*$/u.test(text)) return undefined
  const words = text.split(' ')
  while (words.length > 1 && HONORIFICS.has(plain(words[0] as string))) words.shift()
  if (words.length < 2) return undefined
  const suffixStart = words.length > 2 && SUFFIXES.has(plain(words.at(-1) as string)) ? 2 : 1
  const lastname = words.slice(-suffixStart).join(' ').replace(/,$/, '')
  const firstname = words.slice(0, -suffixStart).join(' ').replace(/,$/, '')

  return { firstname, lastname }
}

const sameName = (a: { firstname: string; lastname: string },
  b: { firstname: string; lastname: string }) =>
  `${a.firstname} ${a.lastname}`.toLowerCase() === `${b.firstname} ${b.lastname}`.toLowerCase()

/**
 * The director (and the executive director when it is someone else) of one site. A source
 * with an email but no name gives one contact holding only the email.
 */
export function chicagoPeople(row: ChicagoRow): ChicagoPerson[] {
  const columns = columnsFor(row)
  const cell = (column?: string) => (column ? (row[column] ?? '').trim() : '')
  const email = cell(columns.email)
  const director = splitName(cell(columns.director))
  const executive = splitName(cell(columns.executive))
  const people: ChicagoPerson[] = []
  const directorEmail = email.includes('@') ? email : undefined
  if (director || directorEmail) {
    people.push({ role: 'director', ...director, ...(directorEmail && { email: directorEmail }) })
  }
  if (executive && !(director && sameName(director, executive))) {
    people.push({ role: 'executive', ...executive })
  }

  return people
}
