-- The improvement plan of one organisation: the actions it takes (each an intervention from the
-- catalogue, owned by a role, never a person), the security champions who volunteered, and a
-- log of the security dialogues held. Nothing here is about respondents.

CREATE TABLE plan_action (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  intervention text NOT NULL CHECK (intervention ~ '^[a-z][a-z_]{0,62}$'),
  owner_role text NOT NULL DEFAULT '' CHECK (length(owner_role) <= 120),
  due_on date,
  status text NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  started_on date,
  -- What the action should move, as "<kind>:<code>" (src/plan/signal.ts EffectCode).
  effects text[] NOT NULL DEFAULT '{}' CHECK (cardinality(effects) <= 40),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  -- Set when the action came from a recommendation ("<campaign id>:<intervention>"), so
  -- accepting the same recommendation twice finds the action already there.
  recommendation_key text CHECK (length(recommendation_key) <= 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status NOT IN ('in_progress', 'done') OR started_on IS NOT NULL),
  UNIQUE (workspace_id, id),
  UNIQUE (organisation_id, recommendation_key),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX plan_action_organisation ON plan_action (organisation_id, status);

-- Why an action exists: the findings (guideline codes, with their work system) and the
-- recommendation reasons that led to it, in the order they were given.
CREATE TABLE plan_action_link (
  action_id uuid NOT NULL,
  workspace_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 0 AND position < 100),
  kind text NOT NULL CHECK (kind IN ('finding', 'reason')),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
  body text NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
  PRIMARY KEY (action_id, position),
  FOREIGN KEY (workspace_id, action_id) REFERENCES plan_action (workspace_id, id) ON DELETE CASCADE
);

-- Staff who chose to be security champions for their group. They may be named: they took on a
-- public role. Respondents are never recorded here.
CREATE TABLE plan_champion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  group_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  contact text NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
  since date,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, group_id) REFERENCES org_group (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX plan_champion_organisation ON plan_champion (organisation_id);

-- One security dialogue: when, which communities took part, what was talked about and agreed.
CREATE TABLE plan_dialogue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  held_on date NOT NULL,
  communities text[] NOT NULL
    CHECK (cardinality(communities) BETWEEN 1 AND 3
      AND communities <@ ARRAY['employees', 'it_security', 'management']::text[]),
  topics text NOT NULL CHECK (length(topics) BETWEEN 1 AND 2000),
  agreed text NOT NULL DEFAULT '' CHECK (length(agreed) <= 4000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, id),
  FOREIGN KEY (workspace_id, organisation_id) REFERENCES organisation (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX plan_dialogue_organisation ON plan_dialogue (organisation_id, held_on);
