import { reportError } from "../cli/output.js";
import { startServer } from "./start.js";

// What npm start runs.
try {
  await startServer();
} catch (error) {
  process.exitCode = reportError(error, false);
}
