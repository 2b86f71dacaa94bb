import type { Database } from "../db/database.js";
import { rateMany } from "../worksystem/assessment.service.js";
import { addWorkaround, saveWorkSystem } from "../worksystem/worksystem.service.js";
import { RELATIONSHIP_ORGANISATION } from "./relationship-rows.js";

/**
 * Three of the demo firm's work systems, named like its departments so the survey answers of
 * each department count for its work system, with a few analyst ratings and the workarounds an
 * analyst noted on visits before the second wave. Enough for the snapshot, findings and the
 * diagnosis' workaround register to show something on first start; all of it is invented.
 */
const MODELS = [
  {
    name: "Warehouse",
    description: "Receives, stores and picks the goods customers order.",
    phase: "operation_maintenance",
    customers: ["Transport planning", "Retail customers"],
    products_services: ["Picked and packed orders", "Stock counts"],
    processes_activities: ["Receive deliveries", "Store goods", "Pick orders", "Load lorries"],
    participants: [
      { role: "Warehouse operative", community: "employees", headcount: 22 },
      { role: "Shift lead", community: "management", headcount: 3 },
    ],
    information: [
      { name: "Customer delivery addresses", sensitivity: "confidential" },
      { name: "Stock levels", sensitivity: "internal" },
    ],
    technologies: ["Handheld scanners", "Warehouse management system"],
    environment: ["Same-day delivery promises"],
    infrastructure: ["Office Wi-Fi", "E-mail"],
    strategies: ["Ship every order on the day it comes in"],
  },
  {
    name: "Transport planning",
    description: "Plans each day's routes and keeps drivers and customers informed.",
    phase: "implementation",
    customers: ["Drivers", "Retail customers"],
    products_services: ["Daily route plans", "Delivery windows"],
    processes_activities: [
      "Collect orders",
      "Plan routes",
      "Send routes to drivers",
      "Handle changes",
    ],
    participants: [
      { role: "Planner", community: "employees", headcount: 16 },
      { role: "Head of planning", community: "management", headcount: 2 },
      { role: "IT security officer", community: "it_security", headcount: 1 },
    ],
    information: [
      { name: "Drivers' locations", sensitivity: "confidential" },
      { name: "Route plans", sensitivity: "internal" },
    ],
    technologies: ["New route-planning app (being rolled out)", "Drivers' phones"],
    environment: ["Data protection law"],
    infrastructure: ["Mobile network", "E-mail"],
    strategies: ["Deliver on time", "Keep customers informed"],
  },
  {
    name: "Finance",
    description: "Pays suppliers and staff and sends invoices.",
    phase: "operation_maintenance",
    customers: ["Suppliers", "Staff", "Retail customers"],
    products_services: ["Payments", "Invoices", "Monthly accounts"],
    processes_activities: ["Check invoices", "Approve payments", "Run payroll", "Close the month"],
    participants: [
      { role: "Finance assistant", community: "employees", headcount: 10 },
      { role: "Finance manager", community: "management", headcount: 2 },
    ],
    information: [
      { name: "Bank details", sensitivity: "confidential" },
      { name: "Salaries", sensitivity: "confidential" },
    ],
    technologies: ["Accounting software", "Online banking"],
    environment: ["Tax rules", "Payment fraud by e-mail"],
    infrastructure: ["E-mail", "Office Wi-Fi"],
    strategies: ["Pay on time and never pay a fraudster"],
  },
] as const;

const RATINGS = [
  [
    "Warehouse",
    "participants.know_guidance",
    "not_met",
    "Most operatives had never seen the guidance.",
  ],
  [
    "Warehouse",
    "information.protection_easy",
    "partly",
    "Scanner logins take too long at shift start.",
  ],
  ["Warehouse", "participants.shape_security", "not_met", "Rules were set without the floor."],
  [
    "Transport planning",
    "implementation.time_for_security",
    "partly",
    "Roll-out plan has no time for it.",
  ],
  ["Transport planning", "implementation.feedback_acted_on", "not_known", ""],
  [
    "Transport planning",
    "participants.security_staff_reachable",
    "partly",
    "Planners do not know whom to ask.",
  ],
  ["Finance", "participants.know_guidance", "met", "Payment checks are written down and known."],
  [
    "Finance",
    "processes_activities.incidents_reported",
    "partly",
    "Near misses are not always reported.",
  ],
] as const;

const WORKAROUNDS = [
  [
    "Warehouse",
    "Scanner logins are shared at the start of a shift to save time.",
    "information.protection_easy",
    "2025-12-02",
  ],
  [
    "Warehouse",
    "Order lists are printed and left on the loading bay.",
    "information.care_matches_sensitivity",
    "2025-12-02",
  ],
  [
    "Transport planning",
    "Routes go to drivers' own messaging apps when the new app is slow.",
    "technologies.personal_devices_clear",
    "2026-01-14",
  ],
  [
    "Finance",
    "Urgent payments are approved by phone without the second check.",
    "processes_activities.targets_and_security_fit",
    "2026-01-20",
  ],
] as const;

export async function loadDemoWorkSystems(db: Database, workspaceId: string): Promise<number> {
  for (const model of MODELS)
    await saveWorkSystem(db, workspaceId, RELATIONSHIP_ORGANISATION, model);
  await rateMany(
    db,
    workspaceId,
    RELATIONSHIP_ORGANISATION,
    RATINGS.map(([work_system, guideline, rating, note]) => ({
      work_system,
      guideline,
      rating,
      note,
      where: undefined,
    })),
  );
  for (const [workSystem, description, guideline, noted_on] of WORKAROUNDS)
    await addWorkaround(db, workspaceId, RELATIONSHIP_ORGANISATION, workSystem, {
      description,
      guideline,
      noted_on,
    });
  return MODELS.length;
}
