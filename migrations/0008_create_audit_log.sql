-- Security-relevant events: installs, logins, token refreshes, signature failures, data
-- reads and writes. Identifiers in user_id and detail are masked before they get here.
-- portal_id has no foreign key: a failed install or a forged card request names a portal
-- that may not exist, and a portal's trail must outlive the portal for its 90 days.
create table audit_log (
  id bigint generated always as identity primary key,
  portal_id bigint check (portal_id > 0),
  user_id text,
  at timestamptz not null default now(),
  action text not null check (action ~ '^[a-z]+\.[a-z_]+$'),
  outcome text not null check (outcome in ('success', 'failure', 'denied')),
  detail jsonb not null default '{}' check (jsonb_typeof(detail) = 'object')
);

-- Retention deletes by age; a portal reads its own trail newest first.
create index audit_log_at_idx on audit_log (at);
create index audit_log_portal_at_idx on audit_log (portal_id, at desc);
