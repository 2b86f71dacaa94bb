// HTTP clients for the submission benchmark, in a thread of their own so they do not compete
// with the server for the event loop (as real clients on other machines would not). They use
// node:http with kept-alive connections rather than fetch(): on a machine with two cores the
// clients still share the CPU with the server, and fetch() spends several times more of it
// per request than the request itself costs the server.
import { Agent, request } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const { links, concurrency, origin } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

/** Sends the review step's form (empty, as the browser does) and reads the whole answer. */
function submit(link) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${link}/submit`,
      {
        method: "POST",
        agent,
        headers: {
          origin,
          "content-type": "application/x-www-form-urlencoded",
          "content-length": "0",
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode, body }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

let next = 0;
let acknowledged = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < links.length) {
      const res = await submit(links[next++]);
      if (res.status === 200 && res.body.includes("Thank you for your answers")) acknowledged++;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
agent.destroy();
parentPort?.postMessage({ acknowledged, seconds });
