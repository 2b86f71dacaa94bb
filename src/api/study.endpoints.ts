import { listStudySummaries } from "../study/study.repository.js";
import { createStudy } from "../study/study.service.js";
import { StudyListSchema, StudySchema } from "./api.schemas.js";
import { type Endpoint, endpoint } from "./endpoint.js";

/** /studies: one instrument version across many organisations. */
export const STUDY_ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "get",
    path: "/studies",
    operationId: "listStudies",
    tag: "Studies",
    summary: "List the studies",
    access: "analyst",
    ok: { status: 200, schema: StudyListSchema, description: "The studies." },
    errors: [403],
    handle: async ({ db, caller }) => ({
      studies: await listStudySummaries(db, caller.workspaceId),
    }),
  }),
  endpoint({
    method: "post",
    path: "/studies",
    operationId: "createStudy",
    tag: "Studies",
    summary: "Create a study: one instrument version across many organisations",
    access: "analyst",
    body: "StudyInput",
    ok: { status: 201, schema: StudySchema, description: "The new study." },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) => createStudy(call.db, call.caller.workspaceId, await call.body()),
  }),
];
