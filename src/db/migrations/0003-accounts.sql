-- Accounts: people who sign in to the web app (analysts, administrators, viewers).

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  -- Lower-cased; one account per address across the whole installation.
  email text NOT NULL UNIQUE CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  -- scrypt, with its parameters and salt: "scrypt$N$r$p$salt$hash".
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, id)
);

-- A signed-in browser. Only the hash of the session id is stored.
CREATE TABLE user_session (
  id_hash text PRIMARY KEY CHECK (id_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_session_user ON user_session (user_id);

-- Which organisations' reports a viewer (for example a firm's manager) may read.
CREATE TABLE viewer_grant (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  PRIMARY KEY (user_id, organisation_id),
  FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE
);
