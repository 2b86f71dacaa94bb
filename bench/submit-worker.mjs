// HTTP clients for the submission benchmark, in a thread of their own so they do not compete
// with the server for the event loop (as real clients on other machines would not).
import { parentPort, workerData } from "node:worker_threads";

const { links, concurrency, origin } = workerData;
let next = 0;
let acknowledged = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < links.length) {
      const link = links[next++];
      const res = await fetch(`${link}/submit`, {
        method: "POST",
        headers: { origin, "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      if (res.status === 200 && (await res.text()).includes("Thank you for your answers"))
        acknowledged++;
    }
  }),
);
parentPort?.postMessage({ acknowledged, seconds: (performance.now() - started) / 1000 });
