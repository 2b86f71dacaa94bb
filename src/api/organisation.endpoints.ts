import type { z } from "zod";
import {
  addGroup,
  changeGroup,
  createOrganisation,
  getOrganisation,
  listOrganisationSummaries,
  type OrganisationDetail,
  removeGroup,
  updateOrganisation,
} from "../organisation/organisation.service.js";
import { OrganisationListSchema, OrganisationSchema } from "./api.schemas.js";
import { type Endpoint, endpoint } from "./endpoint.js";

/** Group sizes stay out of the API: only the privacy gate decides where counts appear. */
function organisationView(org: OrganisationDetail): z.input<typeof OrganisationSchema> {
  return {
    id: org.id,
    name: org.name,
    sector: org.sector,
    size_band: org.size_band as z.input<typeof OrganisationSchema>["size_band"],
    groups: org.groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      in_use: g.respondents > 0,
    })),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** /organisations and their groups. */
export const ORGANISATION_ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "get",
    path: "/organisations",
    operationId: "listOrganisations",
    tag: "Organisations",
    summary: "List the organisations",
    access: "analyst",
    ok: { status: 200, schema: OrganisationListSchema, description: "The organisations." },
    errors: [403],
    handle: async ({ db, caller }) => ({
      organisations: (await listOrganisationSummaries(db, caller.workspaceId)).map((o) => ({
        ...o,
        size_band: o.size_band as z.input<typeof OrganisationSchema>["size_band"],
      })),
    }),
  }),
  endpoint({
    method: "post",
    path: "/organisations",
    operationId: "createOrganisation",
    tag: "Organisations",
    summary: "Create an organisation with its groups",
    access: "analyst",
    body: "OrganisationInput",
    ok: { status: 201, schema: OrganisationSchema, description: "The new organisation." },
    errors: [400, 403, 409, 413, 415],
    handle: async (call) =>
      organisationView(
        await createOrganisation(call.db, call.caller.workspaceId, await call.body()),
      ),
  }),
  endpoint({
    method: "get",
    path: "/organisations/{id}",
    operationId: "getOrganisation",
    tag: "Organisations",
    summary: "One organisation with its groups",
    access: "analyst",
    ok: { status: 200, schema: OrganisationSchema, description: "The organisation." },
    errors: [403, 404],
    handle: async ({ db, caller, param }) =>
      organisationView(await getOrganisation(db, caller.workspaceId, param("id"))),
  }),
  endpoint({
    method: "patch",
    path: "/organisations/{id}",
    operationId: "changeOrganisation",
    tag: "Organisations",
    summary: "Change an organisation's name, sector or size band",
    description:
      "Fields left out keep their value; null clears the sector or size band. Groups are changed one by one.",
    access: "analyst",
    body: "OrganisationChange",
    ok: { status: 200, schema: OrganisationSchema, description: "The changed organisation." },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) => {
      const ws = call.caller.workspaceId;
      const current = await getOrganisation(call.db, ws, call.param("id"));
      const body = await call.body();
      // The service replaces all three fields; the API changes only the ones sent.
      const merged = isPlainObject(body)
        ? { name: current.name, sector: current.sector, size_band: current.size_band, ...body }
        : body;
      return organisationView(await updateOrganisation(call.db, ws, current.id, merged));
    },
  }),
  endpoint({
    method: "post",
    path: "/organisations/{id}/groups",
    operationId: "addGroup",
    tag: "Organisations",
    summary: "Add a group (department, team) to an organisation",
    access: "analyst",
    body: "GroupInput",
    ok: {
      status: 201,
      schema: OrganisationSchema,
      description: "The organisation with the new group.",
    },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) =>
      organisationView(
        await addGroup(call.db, call.caller.workspaceId, call.param("id"), await call.body()),
      ),
  }),
  endpoint({
    method: "patch",
    path: "/organisations/{id}/groups/{groupId}",
    operationId: "renameGroup",
    tag: "Organisations",
    summary: "Rename a group",
    access: "analyst",
    body: "GroupInput",
    ok: {
      status: 200,
      schema: OrganisationSchema,
      description: "The organisation with the renamed group.",
    },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) =>
      organisationView(
        await changeGroup(
          call.db,
          call.caller.workspaceId,
          call.param("id"),
          call.param("groupId"),
          await call.body(),
        ),
      ),
  }),
  endpoint({
    method: "delete",
    path: "/organisations/{id}/groups/{groupId}",
    operationId: "removeGroup",
    tag: "Organisations",
    summary: "Remove a group nobody has answered in",
    description:
      "A group in which people have answered stays (409 group_in_use); rename it instead.",
    access: "analyst",
    ok: {
      status: 200,
      schema: OrganisationSchema,
      description: "The organisation without the group.",
    },
    errors: [403, 404, 409],
    handle: async ({ db, caller, param }) =>
      organisationView(await removeGroup(db, caller.workspaceId, param("id"), param("groupId"))),
  }),
];
