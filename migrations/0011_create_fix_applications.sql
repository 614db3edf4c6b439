-- One row per idempotency key a card sent with a fix (issue #4): the same key again
-- answers the stored result instead of applying twice. preview_digest ties the key to
-- the one preview it was first used with; result is null while the fix is being applied.
-- Only ids, codes and the outcome are stored, never a record's values.
create table fix_applications (
  portal_id bigint not null references portals (portal_id) on delete cascade,
  idempotency_key text not null check (length(idempotency_key) between 8 and 128),
  preview_digest text not null,
  result jsonb,
  created_at timestamptz not null default now(),
  primary key (portal_id, idempotency_key)
);

create index fix_applications_created_at on fix_applications (created_at);

-- The same wall as every tenant table (0009): a portal sees only its own keys, and the
-- owner only when its connection says it is doing maintenance.
alter table fix_applications enable row level security;
alter table fix_applications force row level security;
create policy portal_isolation on fix_applications
  using (portal_id = nullif(current_setting('app.portal_id', true), '')::bigint)
  with check (portal_id = nullif(current_setting('app.portal_id', true), '')::bigint);
do $$
begin
  execute format(
    'create policy owner_maintenance on fix_applications to %I using (%s) with check (%s)',
    current_user,
    'current_setting(''app.maintenance'', true) = ''on''',
    'current_setting(''app.maintenance'', true) = ''on'''
  );
end
$$;
