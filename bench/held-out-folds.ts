// Other authors' rounds held out for npm run bench, in folds and on both cores.
//
// Holding each of 28 rounds out alone trains 28 models of about three and a half minutes each:
// well over an hour and a half on one core. Here the rounds are dealt into folds (round i to
// fold i mod FOLDS, so that each fold mixes early and late briefs and no kind of text is held
// out all at once), one model is trained without each fold's rounds and scores their batches,
// and the folds are shared between two child processes. A fold's model learns from about 85%
// of the other authors' statements rather than 96%, so the figure is a little harsher than
// holding rounds out one at a time (`src/text/indicators/held-out.ts --hold` still does that).
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type HeldOut, holdOutGroups } from "../src/text/indicators/held-out.js";

export const FOLDS = 7;

/** Rounds dealt into `folds` groups of batch names, round i to group i mod folds. */
export function foldsOf(rounds: readonly (readonly string[])[], folds = FOLDS): string[][] {
  const out: string[][] = Array.from({ length: Math.min(folds, rounds.length) }, () => []);
  for (const [i, round] of rounds.entries()) out[i % out.length]!.push(...round);
  return out;
}

function runChild(groups: readonly (readonly string[])[]): Promise<HeldOut[]> {
  return new Promise((resolve, reject) => {
    // The same loader as this process (tsx when run from the sources).
    const child = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), JSON.stringify(groups)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`held-out fold process exited with ${code}`));
      else resolve(JSON.parse(out) as HeldOut[]);
    });
  });
}

/**
 * Every batch of `rounds`, each scored by a model trained without its fold; the folds run in
 * `processes` child processes at once. Results come back in the rounds' order.
 */
export async function holdOutRoundsInFolds(
  rounds: readonly (readonly string[])[],
  folds = FOLDS,
  processes = 2,
): Promise<HeldOut[]> {
  const groups = foldsOf(rounds, folds);
  const shares = Array.from({ length: Math.min(processes, groups.length) }, (_, p) =>
    groups.filter((_, i) => i % processes === p),
  );
  const byBatch = new Map(
    (await Promise.all(shares.map(runChild))).flat().map((r) => [r.batch, r] as const),
  );
  return rounds.flat().map((batch) => {
    const r = byBatch.get(batch);
    if (!r) throw new Error(`no held-out result for ${batch}`);
    return r;
  });
}

// Child process: the folds named on the command line, as JSON on stdout.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const groups = JSON.parse(process.argv[2] ?? "[]") as string[][];
  process.stdout.write(JSON.stringify(holdOutGroups(groups)));
}
