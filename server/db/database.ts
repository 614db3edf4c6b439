import type { AuditLogTable } from './audit-log.table.ts'
import type { CheckResultsTable } from './check-results.table.ts'
import type { DuplicateGroupsTable } from './duplicate-groups.table.ts'
import type { FixApplicationsTable } from './fix-applications.table.ts'
import type { OAuthStatesTable } from './oauth-states.table.ts'
import type { OAuthTokensTable } from './oauth-tokens.table.ts'
import type { ObjectScoresTable } from './object-scores.table.ts'
import type { PortalMembersTable } from './portal-members.table.ts'
import type { PortalsTable } from './portals.table.ts'
import type { PropertyMetaTable } from './property-meta.table.ts'
import type { ScansTable } from './scans.table.ts'
import type { SchemaMigrationsTable } from './schema-migrations.table.ts'

/** Every table Kysely may query, keyed by its SQL name. */
export interface Database {
  portals: PortalsTable
  scans: ScansTable
  object_scores: ObjectScoresTable
  check_results: CheckResultsTable
  duplicate_groups: DuplicateGroupsTable
  property_meta: PropertyMetaTable
  oauth_tokens: OAuthTokensTable
  portal_members: PortalMembersTable
  audit_log: AuditLogTable
  oauth_states: OAuthStatesTable
  fix_applications: FixApplicationsTable
  schema_migrations: SchemaMigrationsTable
}
