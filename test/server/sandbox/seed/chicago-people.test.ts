import { describe, expect, it } from 'vitest'

import { chicagoPeople, splitName } from '../../../../server/sandbox/seed/chicago-people.ts'

describe('splitName', () => {
  it('drops honorifics and collapses spaces', () => {
    expect(splitName('Mrs. Carol Ann  Lang')).toEqual({ firstname: 'Carol Ann',
      lastname: 'Lang' })
    expect(splitName('Sister Marion Cypser')).toEqual({ firstname: 'Marion',
      lastname: 'Cypser' })
    expect(splitName('Paulette Hernandez ')).toEqual({ firstname: 'Paulette',
      lastname: 'Hernandez' })
  })

  it('keeps a suffix with the last name', () => {
    expect(splitName('George Jones, Jr.')).toEqual({ firstname: 'George',
      lastname: 'Jones, Jr.' })
  })

  it('refuses values that are not names', () => {
    expect(splitName('7081PS(HS Collaboration with Childcare & PreK)')).toBeUndefined()
    expect(splitName('www.cps.edu')).toBeUndefined()
    expect(splitName('Madonna')).toBeUndefined()
    expect(splitName('')).toBeUndefined()
  })
})

describe('chicagoPeople', () => {
  it('reads shifted DFSS rows from where the source put the people', () => {
    const row = { Source: 'DFSS_AgencySiteLies_2012.csv', Agency: '',
      'Center Director': 'www.cps.edu', 'ECE Available Programs': 'Paula Cottone',
      'NAEYC Valid Until': 'Dr. Carol Ann Lang' }

    expect(chicagoPeople(row)).toEqual([
      { role: 'director', firstname: 'Carol Ann', lastname: 'Lang' },
      { role: 'executive', firstname: 'Paula', lastname: 'Cottone' }])
  })

  it('reads aligned DFSS rows from their labelled columns', () => {
    const row = { Source: 'DFSS_AgencySiteLies_2012.csv', Agency: 'Chicago Commons',
      'Center Director': 'Sister Marion Cypser', 'Executive Director': 'Dan Valliere' }

    expect(chicagoPeople(row).map((p) => p.lastname)).toEqual(['Cypser', 'Valliere'])
  })

  it('skips the executive director when it is the director again', () => {
    const row = { Source: 'DFSS_AgencySiteLies_2012.csv', Agency: '',
      'ECE Available Programs': 'Scott Perkins', 'NAEYC Valid Until': 'scott  perkins' }

    expect(chicagoPeople(row)).toHaveLength(1)
  })

  it('makes an email-only contact for accreditation rows, ignoring the date column', () => {
    const row = { Source: 'NAEYC_accreditation.csv', 'Email Address': '10/01/15',
      'Purple binder service type': 'director@example.org' }

    expect(chicagoPeople(row)).toEqual([{ role: 'director', email: 'director@example.org' }])
  })

  it('finds nobody in sources that name no people', () => {
    expect(chicagoPeople({ Source: 'CPS_Early_Childhood_Portal_scrape.csv',
      'Site name': 'Ellington' })).toEqual([])
  })
})
