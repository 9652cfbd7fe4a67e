import type { Context } from "hono";
import { deleteSession } from "../../db/queries/staff-sessions";
import type { AppEnv } from "../../http/app-env";
import { createRouter } from "../../http/create-router";
import { STAGE_PAGES } from "../../http/require-staff";
import { setStaffCookie } from "../../http/staff-session";
import {
  beginEnrolment,
  chooseNewPassword,
  completeEnrolment,
  proveSecondFactor,
} from "../../services/auth/second-factor";
import { sealingKey } from "../../services/sealing-key";
import { renderPage } from "../../views/render-page";
import {
  CodePage,
  NewPasswordPage,
  RecoveryCodesPage,
  SetUpCodePage,
  SignInPage,
} from "../../views/workspace/auth-pages";
import { guardedSignIn } from "./sign-in-guard";

const field = (form: Record<string, unknown>, name: string) =>
  typeof form[name] === "string" ? form[name] : "";

/** Only paths inside the workspace: `next` must never send an officer to another site. */
function safeNext(next: string | undefined): string {
  return next && /^\/workspace(\/|$|\?)/.test(next) && !next.startsWith("//") ? next : "/workspace";
}

const go = (c: Context<AppEnv>, stage: keyof typeof STAGE_PAGES | "full", next?: string) =>
  c.redirect(stage === "full" ? safeNext(next) : STAGE_PAGES[stage], 303);

const frame = (c: Context<AppEnv>) => ({ ...c.var.page, staff: c.var.staff });

/** The sign-in pages: GOV.UK-style forms that work without JavaScript. */
export function authPageRoutes() {
  const attempt = guardedSignIn();
  return createRouter()
    .get("/workspace/sign-in", (c) => {
      if (c.var.staff?.stage === "full") return c.redirect(safeNext(c.req.query("next")), 303);
      return renderPage(c, SignInPage({ ...frame(c), next: c.req.query("next") }));
    })
    .post("/workspace/sign-in", async (c) => {
      const form = await c.req.parseBody();
      const email = field(form, "email");
      const next = c.req.query("next");
      const result = await attempt(c, { email, password: field(form, "password") });
      if (!result.ok) {
        const { t } = c.var;
        const error =
          result.reason === "locked"
            ? t("ws.common.signIn.locked", { count: Math.ceil(result.retryAfter / 60) })
            : t("ws.common.signIn.wrong");
        if (result.reason === "locked") c.header("Retry-After", String(result.retryAfter));
        return renderPage(
          c,
          SignInPage({ ...frame(c), email, next, error }),
          result.reason === "locked" ? 429 : 400,
        );
      }
      setStaffCookie(c, result.token);
      return go(c, result.stage, next);
    })
    .get("/workspace/sign-in/code", (c) => {
      if (c.var.staff?.stage !== "second-factor") return c.redirect("/workspace/sign-in", 303);
      return renderPage(c, CodePage(frame(c)));
    })
    .post("/workspace/sign-in/code", async (c) => {
      const staff = c.var.staff;
      if (staff?.stage !== "second-factor") return c.redirect("/workspace/sign-in", 303);
      const code = field(await c.req.parseBody(), "code");
      const stage = await proveSecondFactor(c.var.db, await sealingKey(c.var.config), staff, code);
      if (!stage)
        return renderPage(c, CodePage({ ...frame(c), error: c.var.t("ws.common.code.wrong") }), 400);
      return go(c, stage);
    })
    .get("/workspace/sign-in/set-up-code", async (c) => {
      const staff = c.var.staff;
      if (staff?.stage !== "enrol" && staff?.stage !== "full") return c.redirect("/workspace/sign-in", 303);
      const setup = await beginEnrolment(c.var.db, await sealingKey(c.var.config), staff, staff.email);
      return renderPage(c, SetUpCodePage({ ...frame(c), ...setup }));
    })
    .post("/workspace/sign-in/set-up-code", async (c) => {
      const staff = c.var.staff;
      if (staff?.stage !== "enrol" && staff?.stage !== "full") return c.redirect("/workspace/sign-in", 303);
      const key = await sealingKey(c.var.config);
      const code = field(await c.req.parseBody(), "code");
      const done = await completeEnrolment(c.var.db, key, staff, code);
      if (!done) {
        const setup = await beginEnrolment(c.var.db, key, staff, staff.email);
        return renderPage(
          c,
          SetUpCodePage({ ...frame(c), ...setup, error: c.var.t("ws.common.code.wrong") }),
          400,
        );
      }
      // Shown once, now; only hashes are kept.
      return renderPage(
        c,
        RecoveryCodesPage({ ...frame(c), staff: { ...staff, stage: done.stage }, codes: done.recoveryCodes }),
      );
    })
    .get("/workspace/sign-in/new-password", (c) => {
      if (c.var.staff?.stage !== "new-password") return c.redirect("/workspace/sign-in", 303);
      return renderPage(c, NewPasswordPage(frame(c)));
    })
    .post("/workspace/sign-in/new-password", async (c) => {
      const staff = c.var.staff;
      if (staff?.stage !== "new-password") return c.redirect("/workspace/sign-in", 303);
      const outcome = await chooseNewPassword(c.var.db, staff, field(await c.req.parseBody(), "password"));
      if ("problem" in outcome) {
        const error = c.var.t(`ws.common.password.${outcome.problem}`);
        return renderPage(c, NewPasswordPage({ ...frame(c), error }), 400);
      }
      return go(c, outcome.stage);
    })
    .post("/workspace/sign-out", async (c) => {
      if (c.var.staff) await deleteSession(c.var.db, c.var.staff.tokenHash);
      setStaffCookie(c, null);
      return c.redirect("/workspace/sign-in", 303);
    });
}
