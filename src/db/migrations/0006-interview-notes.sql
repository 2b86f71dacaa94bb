-- Notes an analyst takes during a facilitated interview, one per question. They belong to the
-- anonymous response like its written answers do, and say nothing about who was interviewed.
CREATE TABLE interview_note (
  response_id uuid NOT NULL,
  item_code text NOT NULL,
  workspace_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  PRIMARY KEY (response_id, item_code),
  FOREIGN KEY (workspace_id, response_id) REFERENCES response (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX interview_note_campaign ON interview_note (campaign_id, item_code);
