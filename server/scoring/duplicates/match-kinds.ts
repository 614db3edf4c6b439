/**
 * Why two records matched. Reasons are fixed sentences: they are stored with the scan, where
 * record values are not allowed, so no reason may ever include a value.
 */
export interface MatchKind {
  readonly reason: string
  /** 0 to 1: how often records matched this way are one real-world entity. */
  readonly confidence: number
}

/** Company match kinds, strongest first (the index is the kind's id). */
export const COMPANY_MATCHES = [
  { reason: 'same domain and similar name', confidence: 0.97 },
  { reason: 'same phone and street address', confidence: 0.97 },
  { reason: 'same phone and street number', confidence: 0.9 },
  { reason: 'same street address and similar name', confidence: 0.9 },
  { reason: 'same domain', confidence: 0.85 },
  { reason: 'same phone and similar name', confidence: 0.85 },
  { reason: 'same street address', confidence: 0.8 },
  { reason: 'same name', confidence: 0.75 },
  { reason: 'same phone', confidence: 0.7 },
] as const satisfies readonly MatchKind[]

/** Contact match kinds, strongest first. */
export const CONTACT_MATCHES = [
  { reason: 'same email address', confidence: 0.99 },
  { reason: 'same name and associated company', confidence: 0.9 },
  { reason: 'same name and company', confidence: 0.85 },
  { reason: 'same name and email domain', confidence: 0.8 },
] as const satisfies readonly MatchKind[]
