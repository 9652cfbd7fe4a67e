import type { MiddlewareHandler } from "hono";

/**
 * What a clean stop needs from the HTTP side: requests still being answered, and keep-alive clients
 * told to go. `server.close()` only stops new connections; a client that keeps its connection busy
 * (a kiosk, a classroom behind one proxy) would keep the process up until systemd kills it, and a
 * handler still running when the database closes would fail a submission it had already taken.
 */
export function requestDrain() {
  let inFlight = 0;
  let stopping = false;
  let drained: (() => void) | undefined;

  const middleware: MiddlewareHandler = async (c, next) => {
    inFlight++;
    try {
      await next();
      // Node ends the connection after this response; the client reconnects elsewhere or later.
      if (stopping) c.header("Connection", "close");
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  };

  return {
    middleware,
    /** From now on every response closes its connection; resolves when no request is in flight. */
    drain(): Promise<void> {
      stopping = true;
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        drained = resolve;
      });
    },
  };
}
