-- One row per scan run: its progress while running, then the portal-level results.
create table scans (
  id bigint generated always as identity primary key,
  portal_id bigint not null references portals (portal_id) on delete cascade,
  kind text not null check (kind in ('sample', 'full')),
  status text not null default 'running'
    check (status in ('running', 'finished', 'failed')),
  progress_step text,
  progress_done bigint check (progress_done >= 0),
  progress_total bigint check (progress_total >= 0),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  error_code text,
  scanned_at timestamptz,
  score double precision check (score between 0 and 100),
  fill_score double precision check (fill_score between 0 and 100),
  validity_score double precision check (validity_score between 0 and 100),
  duplicates_score double precision check (duplicates_score between 0 and 100),
  associations_score double precision check (associations_score between 0 and 100),
  pipeline_score double precision check (pipeline_score between 0 and 100),
  ownership_score double precision check (ownership_score between 0 and 100),
  full_coverage_checks text[],
  -- Lets child tables tie each row to the scan of the same portal.
  unique (id, portal_id),
  check ((progress_step is null) = (progress_done is null)),
  check ((progress_step is null) = (progress_total is null)),
  check ((status = 'running') = (finished_at is null)),
  check ((status = 'failed') = (error_code is not null)),
  check ((status = 'finished') = (scanned_at is not null)),
  check ((status = 'finished') = (full_coverage_checks is not null))
);

-- The cards' main query: the latest finished scan of a portal, and its score history.
create index scans_portal_finished_idx
  on scans (portal_id, finished_at desc, id desc)
  where status = 'finished';

create index scans_portal_started_idx on scans (portal_id, started_at desc);
