#!/usr/bin/env node
// The rapport command. It runs the compiled code in dist/, which npm install builds.
try {
  await import("../dist/cli/main.js");
} catch (error) {
  if (
    error &&
    error.code === "ERR_MODULE_NOT_FOUND" &&
    String(error.message).includes("dist/cli/main.js")
  ) {
    process.stderr.write(
      "Rapport is not built yet. Run npm install (or npm run build) in the project folder first.\n",
    );
    process.exitCode = 1;
  } else {
    throw error;
  }
}
