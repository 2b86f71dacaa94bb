-- Work systems (Work System Theory): what an organisation does, element by element, where it
-- stands in its life cycle, the workarounds seen in it, and the analyst's ratings of it against
-- the guideline catalogue. Also baselines that survey results are compared with.

-- One work system of one organisation (sales, payroll, production ...). It is also a group of
-- kind 'work_system', so campaign answers tagged with that group break down by work system.
CREATE TABLE work_system (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  group_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key text NOT NULL,
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  phase text NOT NULL DEFAULT 'operation_maintenance'
    CHECK (phase IN ('initiation', 'development', 'implementation', 'operation_maintenance')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name_key),
  UNIQUE (workspace_id, id),
  UNIQUE (group_id),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, group_id) REFERENCES org_group (workspace_id, id)
);

-- The entries of eight of the nine elements, in the order the analyst wrote them (for
-- processes_activities that order is the order of the steps). Participants carry a community
-- and an optional headcount; information items carry a sensitivity. Infrastructure is shared
-- between work systems, so it has tables of its own below.
CREATE TABLE work_system_entry (
  work_system_id uuid NOT NULL,
  workspace_id uuid NOT NULL,
  element text NOT NULL CHECK (element IN ('customers', 'products_services', 'processes_activities',
    'participants', 'information', 'technologies', 'environment', 'strategies')),
  position integer NOT NULL CHECK (position >= 0),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  community text CHECK (community IN ('employees', 'it_security', 'management')),
  headcount integer CHECK (headcount BETWEEN 0 AND 1000000),
  sensitivity text CHECK (sensitivity IN ('public', 'internal', 'confidential', 'special_category')),
  PRIMARY KEY (work_system_id, element, position),
  CHECK ((element = 'participants') = (community IS NOT NULL)),
  CHECK (element = 'participants' OR headcount IS NULL),
  CHECK ((element = 'information') = (sensitivity IS NOT NULL)),
  FOREIGN KEY (workspace_id, work_system_id) REFERENCES work_system (workspace_id, id) ON DELETE CASCADE
);

-- Shared systems and services of one organisation (the network, e-mail, a cloud provider),
-- named once and used by any of its work systems.
CREATE TABLE infrastructure (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key text NOT NULL,
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  UNIQUE (organisation_id, name_key),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE work_system_infrastructure (
  work_system_id uuid NOT NULL,
  infrastructure_id uuid NOT NULL,
  workspace_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  PRIMARY KEY (work_system_id, infrastructure_id),
  UNIQUE (work_system_id, position),
  FOREIGN KEY (workspace_id, work_system_id) REFERENCES work_system (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, infrastructure_id) REFERENCES infrastructure (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX work_system_infrastructure_infrastructure ON work_system_infrastructure (infrastructure_id);

-- Every life-cycle state a work system has been in, with the day it started. The state it was
-- in when first described has no start day (it began before anyone wrote it down). seq orders
-- entries recorded on the same day (or in one transaction, where now() does not move).
CREATE TABLE work_system_phase (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  work_system_id uuid NOT NULL,
  workspace_id uuid NOT NULL,
  phase text NOT NULL
    CHECK (phase IN ('initiation', 'development', 'implementation', 'operation_maintenance')),
  started_on date,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (workspace_id, work_system_id) REFERENCES work_system (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX work_system_phase_work_system ON work_system_phase (work_system_id, seq);

-- Unplanned change: a workaround or adaptation someone noticed, tied to an element, a
-- guideline, or both. Nobody is named: it describes the work, not a person.
CREATE TABLE workaround (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  work_system_id uuid NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  element text CHECK (element IN ('customers', 'products_services', 'processes_activities',
    'participants', 'information', 'technologies', 'environment', 'infrastructure', 'strategies')),
  guideline_code text CHECK (guideline_code ~ '^[a-z_]+\.[a-z0-9_]+$' AND length(guideline_code) <= 100),
  noted_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(element, guideline_code) >= 1),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, work_system_id) REFERENCES work_system (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX workaround_work_system ON workaround (work_system_id, noted_on);

-- The analyst's ratings of a work system against guidelines. Rows are only ever added: the
-- latest one (highest seq) per guideline counts, the earlier ones are its history.
CREATE TABLE guideline_rating (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  work_system_id uuid NOT NULL,
  guideline_code text NOT NULL
    CHECK (guideline_code ~ '^[a-z_]+\.[a-z0-9_]+$' AND length(guideline_code) <= 100),
  rating text NOT NULL CHECK (rating IN ('met', 'partly', 'not_met', 'not_known', 'not_applicable')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
  rated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (workspace_id, work_system_id) REFERENCES work_system (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX guideline_rating_latest ON guideline_rating (work_system_id, guideline_code, seq DESC);

-- A workspace's own baselines (a national survey, an earlier study). The built-in one from the
-- SME study ships in the code, not here.
CREATE TABLE baseline (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key text NOT NULL,
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  n integer NOT NULL CHECK (n >= 1),
  country text NOT NULL CHECK (length(country) BETWEEN 1 AND 100),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, name_key),
  UNIQUE (workspace_id, id)
);

-- One published share: of those who answered item_code (n of them), this share gave one of
-- the answers listed.
CREATE TABLE baseline_figure (
  baseline_id uuid NOT NULL,
  workspace_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  item_code text NOT NULL CHECK (item_code ~ '^[a-z][a-z0-9_]{0,62}$'),
  answers text[] NOT NULL CHECK (cardinality(answers) >= 1),
  share double precision NOT NULL CHECK (share >= 0 AND share <= 1),
  n integer NOT NULL CHECK (n >= 1),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  PRIMARY KEY (baseline_id, position),
  FOREIGN KEY (workspace_id, baseline_id) REFERENCES baseline (workspace_id, id) ON DELETE CASCADE
);
