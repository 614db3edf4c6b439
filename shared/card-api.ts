/**
 * What the record cards and the service say to each other over `hubspot.fetch`: the card
 * routes answer these shapes, the cards read them. Record values appear here only as read
 * fresh from HubSpot for the one record on screen; the service never stores them.
 */
import type { ObjectType } from './crm.ts'
import type { CheckCategory, Severity } from './report.ts'

/** Progress of a running scan. */
export interface CardScanProgress {
  readonly step: string
  readonly done: number
  readonly total: number
}

/** `GET /card/portal-health`: the portal the request was signed for. */
export interface PortalHealth {
  readonly portalId: number
  readonly status: 'never-scanned' | 'running' | 'finished' | 'failed'
  /** Of the latest finished scan, so a running rescan still shows the last score. */
  readonly score: number | null
  readonly categoryScores: Readonly<Record<CheckCategory, number | null>> | null
  readonly scannedAt: string | null
  /** Only while a scan runs. */
  readonly progress: CardScanProgress | null
  readonly connection: 'connected' | 'needs_reconnect'
  /** Finished scans, oldest first, for the trend chart (at most 12). */
  readonly trend: readonly { readonly scannedAt: string; readonly score: number }[]
}

/** The kinds of one-click fix the service can apply. */
export type FixKind =
  | 'normalize-email'
  | 'normalize-phone'
  | 'normalize-url'
  | 'normalize-domain'
  | 'domain-from-website'
  | 'clear-placeholder'
  | 'enum-label-to-value'
  | 'associate-company-by-domain'
  | 'merge'

/** One problem of the record on screen. */
export interface RecordFinding {
  /** Stable for this record and problem, e.g. `invalid:email`. */
  readonly id: string
  readonly kind: 'missing' | 'invalid' | 'association'
  readonly property: string | null
  /** The property's label, or the association's name. */
  readonly label: string
  /** One plain sentence: why this is a problem. */
  readonly reason: string
  readonly severity: Severity
  /** Present when one click can fix it (after a preview). */
  readonly fix: FixKind | null
}

/** A record that looks like the same entity as the one on screen. */
export interface RecordDuplicate {
  readonly recordId: string
  /** The other record's name, read fresh from HubSpot for display only. */
  readonly name: string
  readonly confidence: number
  readonly reason: string
}

/** `GET /card/record?objectType=&objectId=`: what is wrong with this record. */
export interface RecordHealth {
  readonly objectType: ObjectType
  /** The id HubSpot answers with: after a merge, the surviving record's. */
  readonly objectId: string
  readonly lastModified: string
  readonly findings: readonly RecordFinding[]
  readonly duplicates: readonly RecordDuplicate[]
}

/** `POST /card/fixes/preview` body. */
export interface FixPreviewRequest {
  readonly objectType: ObjectType
  readonly objectId: string
  readonly fix: FixKind
  /** The finding being fixed (not for merges). */
  readonly findingId?: string
  /** For a merge: the duplicate to merge with the record on screen. */
  readonly otherId?: string
}

/** One property as the fix would change it. */
export interface FixChange {
  readonly property: string
  readonly label: string
  readonly before: string | null
  readonly after: string | null
}

/** For a merge: each differing property, both values and the one that wins. */
export interface MergeChoice {
  readonly property: string
  readonly label: string
  readonly primaryValue: string | null
  readonly secondaryValue: string | null
  readonly winner: 'primary' | 'secondary'
  /** Whether the person may change the winner (read-only properties are left out). */
  readonly editable: boolean
}

/** `POST /card/fixes/preview` reply: exactly what applying it would change. */
export interface FixPreview {
  /** Signed and short-lived; apply sends it back unchanged. */
  readonly previewId: string
  readonly fix: FixKind
  readonly objectType: ObjectType
  readonly objectId: string
  readonly changes: readonly FixChange[]
  readonly warnings: readonly string[]
  /** Merges cannot be undone in HubSpot. */
  readonly irreversible: boolean
  readonly merge: {
    readonly primaryId: string
    readonly secondaryId: string
    /** The rule that chose each winner, in words. */
    readonly rule: string
    readonly choices: readonly MergeChoice[]
  } | null
}

/** `POST /card/fixes/apply` body. */
export interface FixApplyRequest {
  readonly previewId: string
  /** The same key twice applies once. */
  readonly idempotencyKey: string
  /** For a merge: winners the person changed in the preview, by property. */
  readonly winners?: Readonly<Record<string, 'primary' | 'secondary'>>
}

/** A per-property failure of a fix. */
export interface FixError {
  readonly property: string | null
  readonly code: 'READ_ONLY' | 'INVALID_OPTION' | 'RATE_LIMITED' | 'NOT_APPLIED' | 'OTHER'
  readonly message: string
}

/** `POST /card/fixes/apply` reply. */
export interface FixResult {
  readonly status: 'applied' | 'failed'
  /** The record to show now: the merge's new id, or the same id. */
  readonly objectId: string
  readonly errors: readonly FixError[]
}
