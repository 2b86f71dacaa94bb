/**
 * The attributes by which respondents are grouped in reports, and how values from other
 * people's files are read into their stable codes.
 */
export const SIZE_BANDS = ["micro", "small", "medium", "large"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  micro: "micro (1-9 staff)",
  small: "small (10-49 staff)",
  medium: "medium (50-249 staff)",
  large: "large (250+ staff)",
};

export const COMMUNITIES = ["employees", "it_security", "management"] as const;
export type Community = (typeof COMMUNITIES)[number];

export const COMMUNITY_LABELS: Record<Community, string> = {
  employees: "Employees",
  it_security: "IT security staff",
  management: "Managers",
};

/** Case- and space-insensitive key, so "ACME  Ltd" and "Acme Ltd" name one firm. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/** Tidies a display name: trimmed, inner runs of spaces collapsed. */
export function cleanName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ");
}

/** The EU staff-headcount bands (Recommendation 2003/361/EC), which the SME study used. */
export function sizeBandForHeadcount(staff: number): SizeBand {
  if (staff < 10) return "micro";
  if (staff < 50) return "small";
  if (staff < 250) return "medium";
  return "large";
}

/**
 * Reads a size band, a staff headcount ("12") or a headcount range as survey tools write them
 * ("10-49", "250+"); undefined when it is none of these or a range crosses two bands.
 */
export function parseSizeBand(raw: string): SizeBand | undefined {
  const value = raw.trim().toLowerCase().replace(/\s+/g, "");
  if ((SIZE_BANDS as readonly string[]).includes(value)) return value as SizeBand;
  if (/^\d{1,7}$/.test(value) && Number(value) >= 1) return sizeBandForHeadcount(Number(value));
  const plus = /^(\d{1,7})\+$/.exec(value);
  if (plus && Number(plus[1]) >= 1) return sizeBandForHeadcount(Number(plus[1]));
  const range = /^(\d{1,7})(?:-|–|to)(\d{1,7})$/.exec(value);
  if (range) {
    const low = sizeBandForHeadcount(Math.max(1, Number(range[1])));
    return low === sizeBandForHeadcount(Math.max(1, Number(range[2]))) ? low : undefined;
  }
  return undefined;
}

const COMMUNITY_ALIASES: Record<string, Community> = {
  employees: "employees",
  employee: "employees",
  staff: "employees",
  it_security: "it_security",
  itsecurity: "it_security",
  security: "it_security",
  it: "it_security",
  it_staff: "it_security",
  security_staff: "it_security",
  it_security_staff: "it_security",
  security_team: "it_security",
  management: "management",
  managers_and_owners: "management",
  owner: "management",
  manager: "management",
  managers: "management",
};

/** Reads a community code, forgiving case, spaces, hyphens and singular forms. */
export function parseCommunity(raw: string): Community | undefined {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return COMMUNITY_ALIASES[key] ?? COMMUNITY_ALIASES[key.replace(/_/g, "")];
}

/** A lowercase slug ("Financial Services" -> "financial-services"); undefined if nothing is left. */
export function parseSector(raw: string): string | undefined {
  const slug = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 63);
  return slug === "" ? undefined : slug;
}
