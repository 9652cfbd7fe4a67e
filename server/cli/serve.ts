import { parseNodeConfig } from "../config/node-config";
import { startNodeServer } from "../node";

/** `heard serve`: runs the embedded server until SIGINT/SIGTERM, then closes the database cleanly. */
export async function serveCommand(): Promise<number> {
  const config = parseNodeConfig(process.env);
  const server = await startNodeServer(config);
  console.log(`Heard is listening on ${server.url} (database ${config.HEARD_DB})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
