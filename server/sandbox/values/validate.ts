import type { ObjectTypeDef } from '../object-types.ts'
import { PORTAL_CURRENCIES } from '../schema/option-sets.ts'
import type { SandboxStore } from '../store/store.ts'
import type { PropertyDefinition, SandboxRecord } from '../store/types.ts'
import { type Check, fail, ok } from './check.ts'
import { checkDate, checkDatetime } from './dates.ts'

/** One per-property failure, shaped like the entries HubSpot embeds in its message. */
export interface PropertyProblem {
  readonly name: string
  readonly error: string
  readonly message: string
  readonly value?: string
}

export interface ValidationResult {
  /** Values to store: strings, '' to clear. `null` inputs are left out (fidelity item 15). */
  readonly changes: Record<string, string>
  readonly problems: PropertyProblem[]
}

function listOptions(options: readonly { label: string; value: string }[]): string {
  return `[${options.map((o) => `label: "${o.label}" value: "${o.value}"`).join(', ')}]`
}

function checkOptions(value: string, property: PropertyDefinition,
  allowed: readonly { label: string; value: string }[]): Check {
  // Multi-checkbox values are `;`-joined; each token must be an exact option value.
  const tokens = property.fieldType === 'checkbox'
    ? value.split(';').filter((token) => token !== '') : [value]
  const bad = tokens.find((token) => !allowed.some((option) => option.value === token))

  return bad === undefined ? ok(value)
    : fail('INVALID_OPTION', `${bad} was not one of the allowed options: ${listOptions(allowed)}`)
}

function checkExternal(value: string, property: PropertyDefinition, store: SandboxStore,
  def: ObjectTypeDef, input: Readonly<Record<string, unknown>>,
  current: SandboxRecord | undefined): Check {
  const pipelines = store.pipelines(def.name).filter((pipeline) => !pipeline.archived)
  const asOptions = (items: readonly { id: string; label: string }[]) =>
    items.map((item) => ({ label: item.label, value: item.id }))
  if (property.name === 'pipeline' || property.name === 'hs_pipeline') {
    return checkOptions(value, property, asOptions(pipelines))
  }
  if (property.name === 'dealstage' || property.name === 'hs_pipeline_stage') {
    // A stage is valid only within the record's own pipeline (fidelity item 22).
    const pipelineKey = def.name === 'deals' ? 'pipeline' : 'hs_pipeline'
    const wanted = input[pipelineKey] ?? current?.properties[pipelineKey]
    const pipeline = pipelines.find((p) => p.id === wanted) ?? pipelines[0]
    const stages = pipeline?.stages.filter((stage) => !stage.archived) ?? []

    return checkOptions(value, property, asOptions(stages))
  }
  if (property.name.endsWith('currency_code')) {
    return checkOptions(value, property,
      PORTAL_CURRENCIES.map((code) => ({ label: code, value: code })))
  }
  if (property.name === 'hubspot_owner_id') {
    const owner = store.owners().find((candidate) => candidate.id === value && !candidate.archived)

    return owner ? ok(value) : fail('INVALID_OWNER_ID', `${value} is not a valid owner id`)
  }

  return /^[\d;]*$/.test(value) ? ok(value)
    : fail('INVALID_OPTION', `${value} is not a valid id list`)
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function checkValue(value: string, property: PropertyDefinition, store: SandboxStore,
  def: ObjectTypeDef, input: Readonly<Record<string, unknown>>,
  current: SandboxRecord | undefined): Check {
  switch (property.type) {
    case 'number':
      return NUMBER.test(value.trim()) ? ok(value.trim())
        : fail('INVALID_INTEGER', `${value} was not a valid number.`)
    case 'bool':
      return checkOptions(value, property, property.options)
    case 'date':
      return checkDate(value)
    case 'datetime':
      return checkDatetime(value)
    case 'enumeration':
      return property.externalOptions
        ? checkExternal(value, property, store, def, input, current)
        : checkOptions(value, property, property.options)
    default:
      if (value.length > 65_536) {
        return fail('INVALID_STRING_LENGTH', `${property.name} is longer than 65536 characters`)
      }
      if (def.name === 'contacts' && property.name === 'email' && !EMAIL.test(value)) {
        return fail('INVALID_EMAIL', `Email address ${value} is invalid`)
      }

      return ok(value)
  }
}

function asText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
  if (typeof raw === 'boolean') return String(raw)

  return undefined
}

/** Checks a write's properties the way HubSpot does (fidelity items 12 to 16). */
export function validateProperties(store: SandboxStore, def: ObjectTypeDef,
  input: Readonly<Record<string, unknown>>, current?: SandboxRecord): ValidationResult {
  const changes: Record<string, string> = {}
  const problems: PropertyProblem[] = []
  for (const [name, raw] of Object.entries(input)) {
    if (raw === null) continue
    const property = store.property(def.name, name)
    const text = asText(raw)
    const report = (error: string, message: string) =>
      problems.push({ name, error, message, ...(text !== undefined && { value: text }) })
    if (!property) {
      report('PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`)
      continue
    }
    if (property.readOnlyValue) {
      report('READ_ONLY_VALUE', `"${name}" is a ${property.calculated ? 'calculated' :
        'read only'} property; its value cannot be set.`)
      continue
    }
    if (text === undefined) {
      report('INVALID_PROPERTY_VALUE', `${JSON.stringify(raw)} is not a valid value`)
      continue
    }
    if (text === '') {
      changes[name] = ''
      continue
    }
    const checked = checkValue(text, property, store, def, input, current)
    if (checked.ok) changes[name] = checked.value
    else report(checked.error, checked.message)
  }

  return { changes, problems }
}
