import type { Context } from "hono";
import { type AnswerKey, reviewHarm } from "../../../db/queries/coding";
import { findTheme, listThemes } from "../../../db/queries/themes";
import { frameworkIds } from "../../../domain/surveys/bundled-framework";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { cardId } from "../../../views/workspace/coding/answer-card";
import { applyThemeToAnswers, setAnswerThemes } from "./apply-codes";
import { renderResponses } from "./responses-routes";

type Form = Record<string, string | File | (string | File)[]>;

const one = (form: Form, name: string) => {
  const value = form[name];
  return typeof value === "string" ? value : "";
};
const all = (form: Form, name: string) =>
  [form[name] ?? []].flat().filter((v): v is string => typeof v === "string");

/** Only the responses list: a form must never send an officer anywhere else. */
function safeReturn(value: string): string {
  return /^\/workspace\/responses(\?[^#]*)?$/.test(value) ? value : "/workspace/responses";
}

/** The filters in a return address, to show the same list again with a problem on it. */
const queryOf = (returnTo: string) => Object.fromEntries(new URLSearchParams(returnTo.split("?")[1] ?? ""));

const actorOf = (c: Context<AppEnv>) => ({ userId: staffOf(c).userId, email: staffOf(c).email });

/** The forms on the responses page (no JavaScript needed): save one answer's themes and harm decisions, or code many. */
export const codesPageRoutes = createRouter()
  .post("/workspace/responses/code", requirePermission("codes:write"), async (c) => {
    const form = await c.req.parseBody({ all: true });
    const key: AnswerKey = { responseId: one(form, "responseId"), questionId: one(form, "questionId") };
    const returnTo = safeReturn(one(form, "return"));
    const [harm, decision] = one(form, "harm").split(":");
    const themes = await listThemes(c.var.db);
    const wanted = [...all(form, "themeId"), ...all(form, "add")];
    const result = await setAnswerThemes(c.var.db, key, wanted, themes, actorOf(c));
    if ("refused" in result) {
      if (result.refused === "no-answer") return c.notFound();
      const message = c.var.t("ws.coding.card.themeGone");
      return renderResponses(c, queryOf(returnTo), { error: { href: `#${cardId(key)}`, message } });
    }
    if (
      harm &&
      (decision === "accepted" || decision === "rejected") &&
      (frameworkIds.harms as string[]).includes(harm)
    ) {
      await reviewHarm(c.var.db, key, harm, decision, actorOf(c));
    }
    return c.redirect(`${returnTo}#${cardId(key)}`, 303);
  })
  .post("/workspace/responses/bulk", requirePermission("codes:write"), async (c) => {
    const form = await c.req.parseBody({ all: true });
    const returnTo = safeReturn(one(form, "return"));
    const picked = all(form, "answer");
    const keys = picked.flatMap((value): AnswerKey[] => {
      const [responseId = "", questionId = "", ...rest] = value.split(":");
      return responseId && questionId && rest.length === 0 ? [{ responseId, questionId }] : [];
    });
    const { t } = c.var;
    const selected = new Set(picked);
    const themeId = one(form, "themeId");
    if (keys.length === 0 || keys.length > 100) {
      const message = t(keys.length === 0 ? "ws.coding.bulk.noneTicked" : "ws.coding.bulk.tooMany");
      return renderResponses(c, queryOf(returnTo), {
        error: { href: "#answers-heading", message },
        selected,
      });
    }
    const theme = themeId ? await findTheme(c.var.db, themeId) : undefined;
    const result = await applyThemeToAnswers(c.var.db, keys, theme, actorOf(c));
    if ("refused" in result) {
      const message = t(
        result.refused === "no-answer" ? "ws.coding.bulk.answerGone" : "ws.coding.bulk.noTheme",
      );
      const href = result.refused === "no-answer" ? "#answers-heading" : "#bulk-theme";
      return renderResponses(c, queryOf(returnTo), { error: { href, message }, selected });
    }
    const glue = returnTo.includes("?") ? "&" : "?";
    return c.redirect(`${returnTo}${glue}applied=${result.applied}`, 303);
  });
