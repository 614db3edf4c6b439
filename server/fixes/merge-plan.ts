import type { MergeChoice } from '../../shared/card-api.ts'
import type { CrmRecord, PropertyMeta } from '../../shared/crm.ts'
import { isEmptyValue } from '../scoring/empty-values.ts'
import { isWritable } from './plan-fix.ts'

/** The survivorship rule, as the preview shows it. */
export const MERGE_RULE =
  'The record with more filled properties stays primary (on a tie, the older one). For ' +
  'each property the primary keeps its value unless it is empty; then the other ' +
  "record's value wins. Read-only properties keep HubSpot's own merge result."

export interface MergePlan {
  readonly primaryId: string
  readonly secondaryId: string
  readonly choices: readonly MergeChoice[]
}

const valueOf = (record: CrmRecord, name: string): string | null => {
  const value = record.properties[name]

  return typeof value === 'string' && value !== '' ? value : null
}

function filledCount(record: CrmRecord, names: readonly string[]): number {
  return names.filter((name) => !isEmptyValue(record.properties[name])).length
}

/** Epoch ms of `createdate`, or +Infinity when unknown, so a known age wins a tie. */
function createdMs(record: CrmRecord): number {
  const raw = record.properties.createdate
  const ms = typeof raw === 'string' ? Date.parse(raw) : Number.NaN

  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms
}

/** True when `a` should stay primary over `b` by MERGE_RULE. */
function staysPrimary(a: CrmRecord, b: CrmRecord, names: readonly string[]): boolean {
  const filledA = filledCount(a, names)
  const filledB = filledCount(b, names)
  if (filledA !== filledB) return filledA > filledB
  const ageA = createdMs(a)
  const ageB = createdMs(b)
  if (ageA !== ageB) return ageA < ageB

  // Same age too: the lower id, so the choice never depends on which card asked.
  return BigInt(a.id) < BigInt(b.id)
}

/**
 * Which of two records stays primary and which value wins per differing property, by
 * MERGE_RULE. Only properties of `schema` are compared (hidden ones are left out); values
 * differing only in surrounding spaces or letter case still count as different.
 */
export function planMerge(
  a: CrmRecord,
  b: CrmRecord,
  schema: readonly PropertyMeta[],
): MergePlan {
  if (a.id === b.id) throw new TypeError('a record cannot be merged with itself')
  const shown = schema.filter((meta) => !meta.hidden && !meta.archived &&
    meta.name !== 'hs_object_id')
  const names = shown.filter(isWritable).map((meta) => meta.name)
  const [primary, secondary] = staysPrimary(a, b, names) ? [a, b] : [b, a]
  const choices: MergeChoice[] = []
  // Read-only properties are HubSpot's to set (fidelity item 16): they are no choice, and
  // listing the ones that always differ (create dates) would bury the real ones.
  for (const meta of shown.filter(isWritable)) {
    const primaryValue = valueOf(primary, meta.name)
    const secondaryValue = valueOf(secondary, meta.name)
    if (primaryValue === secondaryValue) continue
    const editable = isWritable(meta)
    const secondaryWins = editable && isEmptyValue(primaryValue) &&
      !isEmptyValue(secondaryValue)
    choices.push({ property: meta.name, label: meta.label, primaryValue, secondaryValue,
      winner: secondaryWins ? 'secondary' : 'primary', editable })
  }

  return { primaryId: primary.id, secondaryId: secondary.id, choices }
}

/**
 * The properties to write onto the merged record: every editable choice whose winner
 * (as the person left it, else as planned) is the secondary's value.
 */
export function secondaryWrites(
  choices: readonly MergeChoice[],
  winners: Readonly<Record<string, 'primary' | 'secondary'>> = {},
): Record<string, string> {
  const writes: Record<string, string> = {}
  for (const choice of choices) {
    if (!choice.editable) continue
    const winner = Object.hasOwn(winners, choice.property)
      ? winners[choice.property] : choice.winner
    if (winner !== 'secondary') continue
    // An empty secondary value clears the field: "" is what clears in HubSpot.
    writes[choice.property] = choice.secondaryValue ?? ''
  }

  return writes
}
