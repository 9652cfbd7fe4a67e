/** A count, table or threshold that cannot be published safely; the message says what to change. */
export class SuppressionError extends Error {
  override readonly name = "SuppressionError";
}
