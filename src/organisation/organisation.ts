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

/** Reads a size band or a staff headcount; undefined when it is neither. */
export function parseSizeBand(raw: string): SizeBand | undefined {
  const value = raw.trim().toLowerCase();
  if ((SIZE_BANDS as readonly string[]).includes(value)) return value as SizeBand;
  if (/^\d{1,7}$/.test(value) && Number(value) >= 1) return sizeBandForHeadcount(Number(value));
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
  management: "management",
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
