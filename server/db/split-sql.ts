/**
 * Splits a migration file into single statements. PGlite runs each query as a prepared
 * statement, which refuses several commands at once, so files are sent one statement at a
 * time on both engines. Semicolons inside quotes, dollar quotes and comments do not split.
 */
export function splitSqlStatements(text: string): string[] {
  const statements: string[] = []
  let start = 0
  let i = 0

  while (i < text.length) {
    const skipped = skipQuotedOrComment(text, i)
    if (skipped > i) {
      i = skipped
      continue
    }
    if (text[i] === ';') {
      statements.push(text.slice(start, i))
      start = i + 1
    }
    i++
  }
  statements.push(text.slice(start))

  return statements.filter((statement) => !isBlank(statement)).map((s) => s.trim())
}

/** Returns the index just past a quoted string or comment starting at `i`, else `i`. */
function skipQuotedOrComment(text: string, i: number): number {
  const char = text[i]
  if (char === "'" || char === '"') return skipQuoted(text, i, char)
  if (text.startsWith('--', i)) return lineEnd(text, i)
  if (text.startsWith('/*', i)) return blockCommentEnd(text, i)
  if (char === '$') {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i))?.[0]
    if (tag) return endOrLength(text, text.indexOf(tag, i + tag.length), tag.length)
  }

  return i
}

function skipQuoted(text: string, i: number, quote: string): number {
  let j = i + 1
  while (j < text.length) {
    if (text[j] !== quote) {
      j++
      continue
    }
    // A doubled quote is an escaped quote, not the end.
    if (text[j + 1] === quote) {
      j += 2
      continue
    }

    return j + 1
  }

  return text.length
}

function lineEnd(text: string, i: number): number {
  return endOrLength(text, text.indexOf('\n', i), 1)
}

/** Block comments nest in Postgres. */
function blockCommentEnd(text: string, i: number): number {
  let depth = 0
  let j = i
  while (j < text.length) {
    if (text.startsWith('/*', j)) {
      depth++
      j += 2
    } else if (text.startsWith('*/', j)) {
      depth--
      j += 2
      if (depth === 0) return j
    } else {
      j++
    }
  }

  return text.length
}

function endOrLength(text: string, found: number, width: number): number {
  return found === -1 ? text.length : found + width
}

/** True when a piece holds nothing but whitespace and comments. */
function isBlank(statement: string): boolean {
  let i = 0
  while (i < statement.length) {
    if (/\s/.test(statement[i] ?? '')) {
      i++
      continue
    }
    const skipped = skipQuotedOrComment(statement, i)
    const isComment = statement.startsWith('--', i) || statement.startsWith('/*', i)
    if (!isComment || skipped === i) return false
    i = skipped
  }

  return true
}
