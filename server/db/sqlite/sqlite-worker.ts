// A database worker: owns one SQLite connection and answers the server thread's requests in order.
// SQLite calls block, so they run here, off the event loop; a whole group commit (every job's
// statements, then COMMIT and its fsync) is one message each way instead of a thread-pool round
// trip per statement. Started by connection.ts; scripts/build.mjs bundles it beside each entry.
import { parentPort, workerData } from "node:worker_threads";
import { applyMigration } from "./apply-migration";
import { commitGroup } from "./commit-group";
import { openSyncConnection, type SyncConnection } from "./sync-connection";
import { groupToWire, type Reply, type Request, toWire, type WorkerSettings } from "./worker-protocol";

function answer(connection: SyncConnection, request: Request): Reply {
  const { id } = request;
  switch (request.op) {
    case "query":
      return { id, ok: true, value: connection.run(request.query) };
    case "exec":
      connection.exec(request.sql);
      return { id, ok: true };
    case "group": {
      const executor = { control: connection.exec, execute: connection.run };
      return { id, ok: true, value: groupToWire(commitGroup(executor, request.jobs)) };
    }
    case "migrate":
      applyMigration(connection, request.statements);
      return { id, ok: true };
    case "close":
      connection.close();
      return { id, ok: true };
  }
}

const port = parentPort;
if (!port) throw new Error("sqlite-worker.ts runs as a worker thread (see connection.ts).");
let connection: SyncConnection | undefined;
try {
  connection = openSyncConnection(workerData as WorkerSettings);
  port.postMessage({ id: 0, ok: true } satisfies Reply);
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: toWire(error) } satisfies Reply);
}

port.on("message", (request: Request) => {
  let reply: Reply;
  try {
    if (!connection) throw new Error("The database did not open.");
    reply = answer(connection, request);
  } catch (error) {
    reply = { id: request.id, ok: false, error: toWire(error) };
  }
  port.postMessage(reply);
  // Closed: let the thread end, which the server thread waits for.
  if (request.op === "close" && reply.ok) port.close();
});
