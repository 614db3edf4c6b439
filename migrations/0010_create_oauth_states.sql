-- One row per OAuth `state` handed out and not yet used: the callback deletes it, so a
-- state works once. No portal is known before the callback, so this table holds no tenant
-- data and carries no portal_id.
create table oauth_states (
  nonce text primary key check (length(nonce) between 16 and 64),
  expires_at timestamptz not null
);

create index oauth_states_expires_at on oauth_states (expires_at);
