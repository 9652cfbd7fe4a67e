import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import type * as schema from "./schema";

/**
 * The database handlers see as `c.var.db`: drizzle over sqlite3 on Node, over D1 on Workers.
 * Both are async SQLite dialects with `batch()`; the Node adapter is typed as the common surface.
 */
export type Db = SqliteRemoteDatabase<typeof schema>;
