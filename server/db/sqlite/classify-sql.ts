// A leading keyword alone is not enough (`WITH ... INSERT` exists), so any writing keyword sends the
// statement to the writer. A false "write" (say a `replace()` call) only costs a place in the write
// queue; a false "read" would fail on the read-only connection, so the test errs towards the writer.
const startsAsRead = /^\s*(select|with)\b/i;
// EXPLAIN only describes a statement, even a write, and never runs it.
const explains = /^\s*explain\b/i;
const writes = /\b(insert|update|delete|replace)\b/i;
const transactionControl = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i;

/** True when `sql` only reads, so it may run on the read-only connection outside the write queue. */
export function isPlainRead(sql: string): boolean {
  return explains.test(sql) || (startsAsRead.test(sql) && !writes.test(sql));
}

/**
 * True when `sql` starts, ends or nests a transaction. The write queue owns those: a stray COMMIT
 * inside a group would make other callers' writes durable before their group is done.
 */
export function isTransactionControl(sql: string): boolean {
  return transactionControl.test(sql);
}
