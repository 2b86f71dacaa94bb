-- A workspace's own guidelines, added to the built-in catalogue when its work systems are
-- assessed. Each is stored whole, in the catalogue file's own format (checked by the app with
-- the same schema as a catalogue file), under a code no built-in guideline uses.
CREATE TABLE custom_guideline (
  workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z_]+\.[a-z0-9_]+$' AND length(code) <= 100),
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, code)
);
