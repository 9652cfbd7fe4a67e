import type { Context } from "hono";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/** Sends a server-rendered Preact page as a complete HTML document. */
export function renderPage(c: Context, page: VNode, status: 200 | 400 | 404 | 500 = 200): Response {
  return c.html(`<!doctype html>${renderToString(page)}`, status);
}
