/** Where a page of answers ends: the last answer's day, response and question, newest first. */
export type ListingCursor = { day: string; responseId: string; questionId: string };

// Ids are UUIDs and kebab-case question ids, so one separator that neither uses keeps it readable.
const SEPARATOR = "~";
const PART = /^[A-Za-z0-9-]{1,80}$/;

/** An opaque token for `?after=`: base64url of the three keys. */
export function encodeCursor(cursor: ListingCursor): string {
  const text = [cursor.day, cursor.responseId, cursor.questionId].join(SEPARATOR);
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The cursor in a token, or undefined when it was not one we made. */
export function decodeCursor(token: string): ListingCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(token)) return undefined;
  let text: string;
  try {
    text = atob(token.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return undefined;
  }
  const [day, responseId, questionId, ...rest] = text.split(SEPARATOR);
  if (rest.length > 0 || !day || !responseId || !questionId) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !PART.test(responseId) || !PART.test(questionId)) return undefined;
  return { day, responseId, questionId };
}
