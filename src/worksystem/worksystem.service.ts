/**
 * Use cases for work systems, called alike by the CLI, web pages and the API. They live in
 * modules by topic (looking things up, reading, saving, importing files, the life cycle); this
 * module gathers them so callers have one place to import from. Organisations and work systems
 * are named by id or by name (any case and spacing). Every write is one transaction: on any
 * problem nothing is changed.
 */

export { importWorkSystemFiles } from "./worksystem-import.service.js";
export {
  addWorkaround,
  type NewWorkaround,
  type PhaseChange,
  recordPhase,
  removeWorkSystem,
} from "./worksystem-lifecycle.service.js";
export {
  findGuideline,
  resolveOrganisation,
  resolveWorkSystem,
  workspaceCatalogue,
} from "./worksystem-lookup.service.js";
export {
  type NewOrganisation,
  type SaveOptions,
  type SaveResult,
  saveWorkSystem,
} from "./worksystem-save.service.js";
export {
  getWorkSystem,
  listWorkSystems,
  type RatingView,
  ratingView,
  type Workaround,
  type WorkSystemSummary,
  type WorkSystemView,
  workaroundView,
} from "./worksystem-view.service.js";
