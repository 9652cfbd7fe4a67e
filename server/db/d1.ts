import type { D1Database } from "@cloudflare/workers-types";
import { drizzle } from "drizzle-orm/d1";
import type { Db } from "./db";
import * as schema from "./schema";

// One drizzle wrapper per binding object: building it is cheap, but a Worker isolate serves many
// requests with the same `env.DB`, so there is no reason to rebuild it each time. A WeakMap lets
// the wrapper go when the runtime drops the binding.
const clients = new WeakMap<D1Database, Db>();

/** The app's `Db` over a Cloudflare D1 binding (drizzle `d1` driver, same schema as Node). */
export function d1Database(binding: D1Database): Db {
  let db = clients.get(binding);
  if (!db) {
    // Sound because both drizzle classes are `BaseSQLiteDatabase<"async", _, typeof schema>` with
    // the same query builders and `batch()`; they differ only in the raw result type of `run()`
    // (D1Result vs `{ rows }`), which the app must not inspect. `unknown` bridges that one field.
    db = drizzle(binding, { schema }) as unknown as Db;
    clients.set(binding, db);
  }
  return db;
}
