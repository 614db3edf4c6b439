-- Property definitions of a portal (no option labels, no descriptions) and how full each
-- property was in the last scan.
create table property_meta (
  portal_id bigint not null references portals (portal_id) on delete cascade,
  object_type text not null check (object_type in ('contacts', 'companies', 'deals')),
  name text not null,
  label text not null,
  type text not null,
  field_type text not null,
  group_name text not null,
  options_count integer not null check (options_count >= 0),
  external_options boolean not null,
  hidden boolean not null,
  calculated boolean not null,
  read_only_value boolean not null,
  hubspot_defined boolean not null,
  archived boolean not null,
  has_unique_value boolean not null,
  fill_rate double precision check (fill_rate between 0 and 1),
  updated_at timestamptz not null default now(),
  primary key (portal_id, object_type, name)
);
