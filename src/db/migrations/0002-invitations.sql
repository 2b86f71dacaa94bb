-- Invitations and answers in progress, for the respondent flow.

-- Who runs the survey and why: shown to respondents before they consent.
ALTER TABLE campaign ADD COLUMN sponsor text NOT NULL DEFAULT '' CHECK (length(sponsor) <= 300);
ALTER TABLE campaign ADD COLUMN purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 4000);
-- Only the number of people who declined is kept, nothing else about them.
ALTER TABLE campaign ADD COLUMN declined_count integer NOT NULL DEFAULT 0 CHECK (declined_count >= 0);

-- A link to a campaign. The token itself is never stored, only its SHA-256; and no response
-- refers to an invitation, so answers cannot be traced back to the link that was used.
CREATE TABLE invitation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  kind text NOT NULL CHECK (kind IN ('single', 'shared')),
  -- For a shared link: the access code's hash, if the analyst set one.
  access_code_hash text CHECK (access_code_hash ~ '^[0-9a-f]{64}$'),
  used boolean NOT NULL DEFAULT false,
  created_on date NOT NULL DEFAULT current_date,
  FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id) ON DELETE CASCADE
);

CREATE INDEX invitation_campaign ON invitation (campaign_id);

-- Answers in progress, so a respondent can stop and come back through the same link. Keyed by
-- a hash (of a single-use token, or of a shared link and a key kept in the respondent's
-- browser). Deleted when the answers are submitted, so nothing is left to link them.
CREATE TABLE response_draft (
  key_hash text PRIMARY KEY CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  workspace_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  consented boolean NOT NULL DEFAULT false,
  answers jsonb NOT NULL DEFAULT '{}',
  step integer NOT NULL DEFAULT 0 CHECK (step >= 0),
  updated_on date NOT NULL DEFAULT current_date,
  FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id) ON DELETE CASCADE
);
