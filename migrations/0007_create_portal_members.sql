-- Who may use a portal through the service API outside HubSpot: HubSpot user ids and a
-- role. Nothing else about the person (no email, no name) is kept.
create table portal_members (
  portal_id bigint not null references portals (portal_id) on delete cascade,
  user_id bigint not null check (user_id > 0),
  role text not null check (role in ('admin', 'member')),
  created_at timestamptz not null default now(),
  primary key (portal_id, user_id)
);

-- "Which portals may this user open?" after a login (run on the owner connection).
create index portal_members_user_id_idx on portal_members (user_id);
