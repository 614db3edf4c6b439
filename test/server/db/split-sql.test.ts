import { describe, expect, it } from 'vitest'

import { splitSqlStatements } from '../../../server/db/split-sql.ts'

describe('splitSqlStatements', () => {
  it('splits on semicolons and drops empty pieces', () => {
    expect(splitSqlStatements('create table a (id int);\n\nselect 1;;\n')).toEqual([
      'create table a (id int)',
      'select 1',
    ])
  })

  it('keeps a statement without a final semicolon', () => {
    expect(splitSqlStatements('select 1; select 2')).toEqual(['select 1', 'select 2'])
  })

  it('does not split inside quotes, including doubled quotes', () => {
    const text = `insert into a values ('it''s; fine', "odd;name");select 2`

    expect(splitSqlStatements(text)).toEqual([
      `insert into a values ('it''s; fine', "odd;name")`,
      'select 2',
    ])
  })

  it('does not split inside dollar quotes, tagged or not', () => {
    const body = 'create function f() returns int language sql as $$ select 1; $$'
    const tagged = 'do $x$ begin perform 1; end $x$'

    expect(splitSqlStatements(`${body};${tagged};`)).toEqual([body, tagged])
  })

  it('treats $1 as a parameter, not a dollar quote', () => {
    expect(splitSqlStatements('select $1; select $2')).toEqual(['select $1', 'select $2'])
  })

  it('ignores semicolons in line and nested block comments', () => {
    const text = '-- one; two\nselect 1 /* a; /* b; */ c; */;\nselect 2'

    expect(splitSqlStatements(text)).toEqual([
      '-- one; two\nselect 1 /* a; /* b; */ c; */',
      'select 2',
    ])
  })

  it('drops pieces holding only comments', () => {
    expect(splitSqlStatements('select 1;\n-- trailing note\n/* and; this */\n')).toEqual([
      'select 1',
    ])
  })
})
