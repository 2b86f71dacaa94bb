import type { Role } from "./account.repository.js";

/** Analysts and admins run campaigns and read everything in their workspace. */
export function canAnalyse(role: Role): boolean {
  return role === "admin" || role === "analyst";
}

/** Only admins manage accounts and who may read what. */
export function canAdminister(role: Role): boolean {
  return role === "admin";
}
