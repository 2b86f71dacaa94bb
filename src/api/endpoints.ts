import { CAMPAIGN_ENDPOINTS } from "./campaign.endpoints.js";
import type { Endpoint } from "./endpoint.js";
import { INSTRUMENT_ENDPOINTS } from "./instrument.endpoints.js";
import { INVITATION_ENDPOINTS } from "./invitation.endpoints.js";
import { ORGANISATION_ENDPOINTS } from "./organisation.endpoints.js";
import { RESULTS_ENDPOINTS } from "./results.endpoints.js";
import { STUDY_ENDPOINTS } from "./study.endpoints.js";

export { campaignNotFound } from "./campaign.endpoints.js";
export {
  type Access,
  type Call,
  type Caller,
  type Endpoint,
  type ErrorStatus,
  forbidden,
  type QueryParam,
} from "./endpoint.js";

/**
 * Every endpoint of /api/v1, one module per resource, in the order the OpenAPI document
 * lists them.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  ...ORGANISATION_ENDPOINTS,
  ...INSTRUMENT_ENDPOINTS,
  ...STUDY_ENDPOINTS,
  ...CAMPAIGN_ENDPOINTS,
  ...INVITATION_ENDPOINTS,
  ...RESULTS_ENDPOINTS,
];
