import type { PropertyMeta } from '../../../shared/crm.ts'

/**
 * Why an enumeration value is invalid. `label`: an option's label was stored instead of its
 * value; `case`: it matches a value or label except for letter case; `separator`: a
 * multi-select list joined with commas instead of `;`; `unknown`: no option at all.
 */
export type EnumProblem = 'label' | 'case' | 'separator' | 'unknown'

export type EnumVerdict =
  | { readonly valid: true; readonly hidden: boolean }
  | {
      readonly valid: false
      readonly problem: EnumProblem
      /** The value to store instead, when one is certain. */
      readonly fix: string | null
      /** One sentence naming the fix, for a fix preview (holds the value: never log it). */
      readonly reason: string
    }

export interface EnumOption {
  readonly label: string
  readonly value: string
  readonly hidden: boolean
}

// HubSpot's `bool` properties carry these two options; some schemas leave them out.
const BOOL_OPTIONS: readonly EnumOption[] = [
  { label: 'Yes', value: 'true', hidden: false },
  { label: 'No', value: 'false', hidden: false },
]

type InvalidVerdict = Extract<EnumVerdict, { valid: false }>

function invalid(problem: EnumProblem, fix: string | null, reason: string): InvalidVerdict {
  return { valid: false, problem, fix, reason }
}

/**
 * Builds a validator of one enumeration property's values. Values are compared exactly and
 * case-sensitively with option values, as HubSpot does on write; hidden options are valid.
 * Multi-select (`checkbox`) values are split on `;` and every part must be an option.
 */
export function createEnumValidator(
  meta: Pick<PropertyMeta, 'type' | 'fieldType' | 'options'>,
): (value: string) => EnumVerdict {
  const options = meta.type === 'bool' && meta.options.length === 0 ? BOOL_OPTIONS : meta.options
  const byValue = new Map(options.map((option) => [option.value, option]))
  // A label or case-folded text shared by two options makes the fix ambiguous: null.
  const byLabel = new Map<string, string | null>()
  const byLowerCase = new Map<string, string | null>()
  for (const option of options) {
    const sameLabel = byLabel.get(option.label)
    byLabel.set(
      option.label,
      sameLabel === undefined || sameLabel === option.value ? option.value : null,
    )
    for (const text of [option.value, option.label]) {
      const lower = text.toLowerCase()
      const seen = byLowerCase.get(lower)
      byLowerCase.set(lower, seen === undefined || seen === option.value ? option.value : null)
    }
  }
  const multiple = meta.fieldType === 'checkbox'

  function judgeToken(token: string): EnumVerdict {
    const option = byValue.get(token)
    if (option !== undefined) return { valid: true, hidden: option.hidden }

    const fromLabel = byLabel.get(token)
    if (fromLabel === null) {
      return invalid('label', null, `"${token}" is the label of several options; pick one value.`)
    }
    if (fromLabel !== undefined) {
      const reason = `Store the option value "${fromLabel}" instead of its label "${token}".`

      return invalid('label', fromLabel, reason)
    }
    const fromCase = byLowerCase.get(token.toLowerCase())
    if (fromCase !== undefined) {
      return fromCase === null
        ? invalid('case', null, `"${token}" matches several options except for letter case.`)
        : invalid('case', fromCase, `Store "${fromCase}": option values are case-sensitive.`)
    }

    return invalid('unknown', null, `"${token}" is not an option of this property.`)
  }

  function judgeList(value: string): EnumVerdict {
    const tokens = value.split(';').filter((token) => token !== '')
    let hidden = false
    const fixes: string[] = []
    let firstProblem: InvalidVerdict | null = null
    for (const token of tokens) {
      const verdict = judgeToken(token)
      if (verdict.valid) {
        hidden ||= verdict.hidden
        fixes.push(token)
        continue
      }
      firstProblem ??= verdict
      fixes.push(verdict.fix ?? '')
    }
    if (firstProblem === null) return { valid: true, hidden }

    if (tokens.length === 1 && value.includes(',')) {
      const parts = value.split(',').map((part) => part.trim())
      if (parts.every((part) => byValue.has(part))) {
        const joined = parts.join(';')

        return invalid('separator', joined, `Join the options with ";": "${joined}".`)
      }
    }
    const fix = fixes.includes('') ? null : fixes.join(';')

    return invalid(firstProblem.problem, fix, firstProblem.reason)
  }

  return multiple ? judgeList : judgeToken
}
