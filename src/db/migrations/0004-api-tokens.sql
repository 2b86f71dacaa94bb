-- API tokens: how a person's scripts and other programs use the REST API on their behalf.
-- The token itself is shown once and never stored, only its SHA-256. A revoked token is kept
-- (with the time it was revoked) so its owner can still see what it was called.

CREATE TABLE api_token (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- The day only: enough to spot a token nobody uses, without a log of when it was used.
  last_used_on date,
  revoked_at timestamptz,
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX api_token_user ON api_token (user_id, created_at);
