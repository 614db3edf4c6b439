-- A portal's OAuth grant, encrypted: each token is stored as
-- v1.<key id>.<salt>.<nonce>.<tag>.<ciphertext> (server/security/token-cipher.ts), never in
-- plain text. key_id repeats the key both tokens are under, so key rotation can find what is
-- left under an old key without decrypting anything.
create table oauth_tokens (
  portal_id bigint primary key references portals (portal_id) on delete cascade,
  key_id text not null,
  access_token text not null,
  refresh_token text not null,
  expires_at timestamptz not null,
  lifetime_ms integer not null check (lifetime_ms > 0),
  hub_id bigint,
  user_id bigint,
  scopes text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A value that is not in the sealed format would be plain text: refuse it.
  check (access_token like 'v1.%' and refresh_token like 'v1.%'),
  check (split_part(access_token, '.', 2) = key_id and split_part(refresh_token, '.', 2) = key_id)
);

-- Whether the portal's grant still works: a refresh token HubSpot rejects makes it
-- needs_reconnect (no scans, no retries) until the portal installs again.
alter table portals
  add column connection_status text not null default 'connected'
  check (connection_status in ('connected', 'needs_reconnect', 'disconnected'));
