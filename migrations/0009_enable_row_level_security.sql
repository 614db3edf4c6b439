-- Row-level security: the database itself keeps each portal to its own rows (issue #3).
-- The tables stay owned by the migrating role; the service's queries run as
-- portalpilot_app, which owns nothing and cannot bypass RLS. Each transaction names its
-- portal with set_config('app.portal_id', ..., true) (server/db/portal-scope.ts).

-- Roles belong to the whole cluster, so another database (tests make many at once) may
-- have created it already, or be creating it right now. LOGIN lets a Postgres deployment
-- connect as it directly (APP_DATABASE_URL); there an operator gives it a password with
-- ALTER ROLE, since a migration file is no place for one.
do $$
begin
  if not exists (select from pg_roles where rolname = 'portalpilot_app') then
    create role portalpilot_app login;
  end if;
exception when duplicate_object or unique_violation then
  null;
end
$$;

-- The owner switches to the role inside each portal transaction (set local role), which
-- needs membership; superusers are members of every role already.
do $$
begin
  if not pg_has_role(current_user, 'portalpilot_app', 'member') then
    execute format('grant portalpilot_app to %I', current_user);
  end if;
end
$$;

do $$
begin
  execute format('grant usage on schema %I to portalpilot_app', current_schema());
  execute format(
    'grant select, insert, update, delete on all tables in schema %I to portalpilot_app',
    current_schema()
  );
  execute format(
    'grant usage, select on all sequences in schema %I to portalpilot_app',
    current_schema()
  );
end
$$;

-- Tables of later migrations get the same grants without each migration repeating them;
-- their RLS is not automatic, and test/server/db/rls-coverage.test.ts fails until it is.
alter default privileges grant select, insert, update, delete on tables to portalpilot_app;
alter default privileges grant usage, select on sequences to portalpilot_app;

-- The migration history is the owner's business, and the audit trail is append-only for
-- the service: only the owner prunes it.
revoke all on schema_migrations from portalpilot_app;
revoke update, delete on audit_log from portalpilot_app;

-- Every table with a portal_id column, whichever migration made it (oauth_tokens comes
-- from a migration written alongside this one). FORCE applies the policies to the owner
-- as well, so an owner connection that forgets its portal scope reads nothing.
-- owner_maintenance lets the owner work across portals only when its connection says so
-- (connect.ts sets app.maintenance on the admin pool); superusers bypass RLS anyway.
do $$
declare
  tenant record;
  portal_matches constant text :=
    'portal_id = nullif(current_setting(''app.portal_id'', true), '''')::bigint';
  maintenance_on constant text := 'current_setting(''app.maintenance'', true) = ''on''';
begin
  for tenant in
    select c.table_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'portal_id'
      and t.table_type = 'BASE TABLE'
  loop
    execute format('alter table %I enable row level security', tenant.table_name);
    execute format('alter table %I force row level security', tenant.table_name);
    execute format(
      'create policy portal_isolation on %I using (%s) with check (%s)',
      tenant.table_name, portal_matches, portal_matches
    );
    execute format(
      'create policy owner_maintenance on %I to %I using (%s) with check (%s)',
      tenant.table_name, current_user, maintenance_on, maintenance_on
    );
  end loop;
end
$$;

-- Events before a portal is known (a forged card request, a failed install) have no
-- portal: the service may write them but never read them back; only the owner can.
create policy audit_without_portal on audit_log for insert with check (portal_id is null);
