import type { Context } from "hono";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/** Sends a server-rendered Preact page as a complete HTML document. */
export function renderPage(
  c: Context,
  page: VNode,
  status: 200 | 400 | 403 | 404 | 409 | 413 | 429 | 500 = 200,
): Response {
  return c.html(`<!doctype html>${renderToString(page)}`, status);
}
