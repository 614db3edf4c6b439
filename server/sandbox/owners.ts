import type { OwnerDef } from './store/types.ts'

/**
 * The demo portal's owners. Invented people on example.com. Two users were deactivated:
 * they keep their owner id but lose `userId`; two owners are archived and only appear with
 * `archived=true`; one is a shared inbox owner without a team.
 */
const people: readonly (readonly [string, string, string, number | null, boolean])[] = [
  // id, first name, last name, userId (null = deactivated), archived
  ['61001001', 'Avery', 'Lindqvist', 9_100_001, false],
  ['61001002', 'Jordan', 'Okafor', 9_100_002, false],
  ['61001003', 'Priya', 'Raman', 9_100_003, false],
  ['61001004', 'Mateo', 'Salgado', 9_100_004, false],
  ['61001005', 'Hannah', 'Kowalczyk', 9_100_005, false],
  ['61001006', 'Samuel', 'Achterberg', 9_100_006, false],
  ['61001007', 'Leila', 'Haddad', 9_100_007, false],
  ['61001008', 'Tomasz', 'Brzezinski', null, false],
  ['61001009', 'Grace', 'Mwangi', null, false],
  ['61001010', 'Oliver', 'Fairbanks', 9_100_010, true],
  ['61001011', 'Sales', 'Inbox', 9_100_011, false],
  ['61001012', 'Nina', 'Petrova', 9_100_012, true],
]

const teams = [
  { id: '4100001', name: 'Chicago Accounts' },
  { id: '4100002', name: 'Enterprise' },
]

export function demoOwners(): OwnerDef[] {
  return people.map(([id, firstName, lastName, userId, archived], index) => {
    const team = teams[index % 2]
    const inbox = firstName === 'Sales'

    return {
      id, firstName, lastName, userId, archived,
      email: `${firstName}.${lastName}`.toLowerCase() + '@example.com',
      userIdIncludingInactive: 9_100_001 + index,
      teams: inbox || !team ? [] : [{ ...team, primary: true }],
      createdAt: `2021-0${1 + (index % 9)}-1${index % 10}T09:30:00.000Z`,
      updatedAt: archived ? '2024-03-01T12:00:00.000Z' : '2025-11-03T08:15:00.000Z',
    }
  })
}

/** Owners records are assigned to: active users, deactivated ones, never archived. */
export const ACTIVE_OWNER_IDS = people.filter((p) => p[3] !== null && !p[4]).map((p) => p[0])
export const DEACTIVATED_OWNER_IDS = people.filter((p) => p[3] === null).map((p) => p[0])
