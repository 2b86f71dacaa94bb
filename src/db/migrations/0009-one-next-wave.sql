-- A campaign has at most one next wave. The service already refuses a second one; this closes
-- the gap where two requests arrive at the same moment for a campaign outside a study (study
-- campaigns are already unique per organisation and wave).
CREATE UNIQUE INDEX campaign_one_next_wave ON campaign (workspace_id, previous_campaign_id)
  WHERE previous_campaign_id IS NOT NULL;
