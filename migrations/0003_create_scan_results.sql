-- Per-object scores and per-check aggregates of a finished scan. Counts and rates only:
-- no record values.
create table object_scores (
  scan_id bigint not null,
  portal_id bigint not null references portals (portal_id) on delete cascade,
  object_type text not null check (object_type in ('contacts', 'companies', 'deals')),
  score double precision check (score between 0 and 100),
  total bigint not null check (total >= 0),
  sample_size bigint not null check (sample_size >= 0),
  records_with_problems bigint not null check (records_with_problems >= 0),
  primary key (scan_id, object_type),
  foreign key (scan_id, portal_id) references scans (id, portal_id) on delete cascade
);

create table check_results (
  scan_id bigint not null,
  portal_id bigint not null references portals (portal_id) on delete cascade,
  object_type text not null check (object_type in ('contacts', 'companies', 'deals')),
  -- Order of the check within its object's list, so a report reads back as it was saved.
  ordinal integer not null check (ordinal >= 0),
  check_id text not null,
  category text not null check (
    category in ('fill', 'validity', 'duplicates', 'associations', 'pipeline', 'ownership')
  ),
  title text not null,
  metric text not null,
  threshold double precision not null check (threshold between 0 and 1),
  severity text not null check (severity in ('critical', 'warning', 'info')),
  affected bigint not null check (affected >= 0),
  sample_size bigint not null check (sample_size >= 0),
  coverage text not null check (coverage in ('sample', 'full')),
  pass_rate double precision check (pass_rate between 0 and 1),
  interval_low double precision check (interval_low between 0 and 1),
  interval_high double precision check (interval_high between 0 and 1),
  passed boolean not null,
  summary text not null,
  primary key (scan_id, object_type, ordinal),
  unique (scan_id, check_id),
  foreign key (scan_id, portal_id) references scans (id, portal_id) on delete cascade,
  check ((interval_low is null) = (interval_high is null))
);
