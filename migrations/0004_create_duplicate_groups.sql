-- Groups of record ids that look like one entity. The reason names the matching signals
-- ("same domain"), never the matched values.
create table duplicate_groups (
  scan_id bigint not null,
  portal_id bigint not null references portals (portal_id) on delete cascade,
  object_type text not null check (object_type in ('contacts', 'companies')),
  ordinal integer not null check (ordinal >= 0),
  record_ids text[] not null check (cardinality(record_ids) >= 2),
  confidence double precision not null check (confidence between 0 and 1),
  reason text not null,
  primary key (scan_id, object_type, ordinal),
  foreign key (scan_id, portal_id) references scans (id, portal_id) on delete cascade
);

-- "Which groups contain this record?" from a record card: record_ids @> array[id].
create index duplicate_groups_record_ids_idx on duplicate_groups using gin (record_ids);
