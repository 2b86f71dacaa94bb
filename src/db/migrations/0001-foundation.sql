-- Foundation: tenants, organisations, instruments, studies, campaigns and answers.
-- Every table holding a tenant's data carries workspace_id, and child rows reference their
-- parent through (workspace_id, id), so the database itself refuses a row that points into
-- another workspace.

CREATE TABLE workspace (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- Case- and space-insensitive form of the name, so "ACME  Ltd" and "Acme Ltd" are one firm.
  name_key text NOT NULL,
  sector text CHECK (sector ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  size_band text CHECK (size_band IN ('micro', 'small', 'medium', 'large')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, name_key),
  UNIQUE (workspace_id, id)
);

-- A department or a work system inside one organisation ("group" is a reserved word).
CREATE TABLE org_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key text NOT NULL,
  kind text NOT NULL DEFAULT 'department' CHECK (kind IN ('department', 'work_system')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name_key),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE instrument (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  builtin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, code),
  UNIQUE (workspace_id, id)
);

-- Versions are immutable (see the trigger below): a change is a new version, so a campaign's
-- answers always mean what its questions said.
CREATE TABLE instrument_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  instrument_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  definition jsonb NOT NULL,
  -- sha256 of the canonical definition, so adding the same file twice is a no-op.
  checksum text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (instrument_id, version),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, instrument_id) REFERENCES instrument (workspace_id, id) ON DELETE CASCADE
);

CREATE FUNCTION refuse_instrument_version_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'instrument versions cannot be changed; add a new version instead'
    USING ERRCODE = 'RA001';
END;
$$;

CREATE TRIGGER instrument_version_immutable
  BEFORE UPDATE ON instrument_version
  FOR EACH ROW EXECUTE FUNCTION refuse_instrument_version_update();

-- One instrument version asked across many organisations (the 39-firm SME study is one).
CREATE TABLE study (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key text NOT NULL,
  instrument_version_id uuid NOT NULL,
  description text NOT NULL DEFAULT '',
  min_group_size integer NOT NULL DEFAULT 5 CHECK (min_group_size BETWEEN 3 AND 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, name_key),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, instrument_version_id) REFERENCES instrument_version (workspace_id, id)
);

-- One organisation answering one instrument version, possibly as part of a study, in waves.
CREATE TABLE campaign (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  study_id uuid,
  instrument_version_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  min_group_size integer NOT NULL DEFAULT 5 CHECK (min_group_size BETWEEN 3 AND 1000),
  wave integer NOT NULL DEFAULT 1 CHECK (wave >= 1),
  previous_campaign_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  opened_at timestamptz,
  closed_at timestamptz,
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, study_id) REFERENCES study (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, instrument_version_id) REFERENCES instrument_version (workspace_id, id),
  FOREIGN KEY (workspace_id, previous_campaign_id) REFERENCES campaign (workspace_id, id)
);

CREATE UNIQUE INDEX campaign_study_organisation_wave ON campaign (study_id, organisation_id, wave)
  WHERE study_id IS NOT NULL;
CREATE INDEX campaign_workspace ON campaign (workspace_id, created_at);

-- A completed questionnaire. Its id is random (no sequence that would order respondents), its
-- date is the day only, and nothing here points to an invitation: responses are unlinkable.
CREATE TABLE response (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  community text CHECK (community IN ('employees', 'it_security', 'management')),
  group_id uuid,
  source text NOT NULL CHECK (source IN ('link', 'import', 'interview')),
  submitted_on date NOT NULL,
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, group_id) REFERENCES org_group (workspace_id, id)
);

CREATE INDEX response_campaign ON response (campaign_id);

-- One row per (response, closed item): breakdowns are GROUP BYs in the database.
-- choice: yes/no, single choice and Likert option codes; choices: multiple choice; number.
CREATE TABLE answer (
  response_id uuid NOT NULL,
  item_code text NOT NULL,
  workspace_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  choice text,
  choices text[],
  number double precision,
  PRIMARY KEY (response_id, item_code),
  CHECK (num_nonnulls(choice, choices, number) = 1),
  CHECK (choices IS NULL OR cardinality(choices) >= 1),
  FOREIGN KEY (workspace_id, response_id) REFERENCES response (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX answer_campaign_item ON answer (campaign_id, item_code);

-- What respondents typed, apart from the closed answers: it is shown only through the privacy
-- gate and always escaped.
CREATE TABLE open_answer (
  response_id uuid NOT NULL,
  item_code text NOT NULL,
  workspace_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  PRIMARY KEY (response_id, item_code),
  FOREIGN KEY (workspace_id, response_id) REFERENCES response (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX open_answer_campaign_item ON open_answer (campaign_id, item_code);

-- A record that a file was imported into a study, so the same file is not imported twice by
-- mistake. It holds the file's hash and counts, never its rows.
CREATE TABLE import_batch (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  study_id uuid NOT NULL,
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  respondents integer NOT NULL CHECK (respondents >= 0),
  imported_on date NOT NULL DEFAULT current_date,
  FOREIGN KEY (workspace_id, study_id) REFERENCES study (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX import_batch_study ON import_batch (study_id, file_sha256);
