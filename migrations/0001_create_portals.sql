-- The tenant. Every other table carries portal_id and references this one.
-- Access tokens are not kept here: they will get a table of their own.
create table portals (
  portal_id bigint primary key check (portal_id > 0),
  account_type text not null,
  time_zone text not null,
  company_currency text not null,
  ui_domain text not null,
  data_hosting_location text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
