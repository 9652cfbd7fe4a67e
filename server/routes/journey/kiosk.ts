import type { Context } from "hono";
import type { Draft } from "../../db/queries/drafts";
import type { AppEnv } from "../../http/app-env";
import type { KioskContext } from "../../views/layout";

/** The kiosk start page for a survey and event: where a shared device returns after each person. */
export function kioskStartUrl(surveyId: string, event: string): string {
  return `/k/${surveyId}${event ? `?event=${encodeURIComponent(event)}` : ""}`;
}

/** The event label of a `/k/...` address (`""` when none was given), or undefined off the kiosk path. */
export function kioskEventFrom(c: Context<AppEnv>): string | undefined {
  if (!c.req.path.startsWith("/k/")) return undefined;
  return cleanEventLabel(c.req.query("event") ?? "");
}

/** An event label as stored: trimmed, single-spaced, at most 80 characters. */
export function cleanEventLabel(raw: string): string {
  return raw.replace(/\s+/g, " ").trim().slice(0, 80);
}

/** The page frame's kiosk settings for a draft on a shared device, or undefined. */
export function kioskOf(draft: Pick<Draft, "surveyId" | "kioskEvent">): KioskContext | undefined {
  if (draft.kioskEvent === null) return undefined;
  return {
    restartUrl: `/k/${draft.surveyId}/restart${draft.kioskEvent ? `?event=${encodeURIComponent(draft.kioskEvent)}` : ""}`,
  };
}
