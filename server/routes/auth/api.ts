import { createRoute, z } from "@hono/zod-openapi";
import { deleteSession } from "../../db/queries/staff-sessions";
import { createRouter } from "../../http/create-router";
import { errorSchema } from "../../http/error-schema";
import { Problem } from "../../http/problem";
import { setStaffCookie } from "../../http/staff-session";
import {
  beginEnrolment,
  chooseNewPassword,
  completeEnrolment,
  proveSecondFactor,
} from "../../services/auth/second-factor";
import { sealingKey } from "../../services/sealing-key";
import { guardedSignIn } from "./sign-in-guard";

const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const problem = (description: string) => ({ description, ...json(errorSchema) });
const stageSchema = z.object({
  stage: z.enum(["second-factor", "new-password", "enrol", "full"]).openapi({
    description: "What the officer must do next; only `full` can use the workspace",
  }),
});

const login = createRoute({
  method: "post",
  path: "/api/auth/login",
  tags: ["Officers: sign-in"],
  summary: "Sign in with email and password; sets the session cookie",
  request: {
    body: {
      required: true,
      ...json(
        z
          .object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) })
          .openapi("Login"),
      ),
    },
  },
  responses: {
    200: {
      description: "Signed in (maybe with a step left)",
      ...json(stageSchema.extend({ role: z.string() })),
    },
    400: problem("Missing email or password"),
    401: problem("Wrong email or password"),
    429: problem("Too many failed attempts; see Retry-After"),
  },
});

const codeBody = { body: { required: true, ...json(z.object({ code: z.string().min(1).max(32) })) } };
const proveRoute = createRoute({
  method: "post",
  path: "/api/auth/second-factor",
  tags: ["Officers: sign-in"],
  summary: "Prove the second factor (6-digit code or a recovery code)",
  request: codeBody,
  responses: {
    200: { description: "Accepted", ...json(stageSchema) },
    401: problem("Wrong code or no sign-in in progress"),
  },
});
const setupGet = createRoute({
  method: "get",
  path: "/api/auth/second-factor/setup",
  tags: ["Officers: sign-in"],
  summary: "Start setting up an authenticator app: the secret and otpauth address",
  responses: {
    200: {
      description: "The secret to add to an authenticator app",
      ...json(z.object({ secret: z.string(), uri: z.string() })),
    },
    401: problem("Not signed in"),
  },
});
const setupPost = createRoute({
  method: "post",
  path: "/api/auth/second-factor/setup",
  tags: ["Officers: sign-in"],
  summary: "Finish setup with one code from the app; returns one-use recovery codes, shown once",
  request: codeBody,
  responses: {
    200: { description: "Set up", ...json(stageSchema.extend({ recoveryCodes: z.array(z.string()) })) },
    401: problem("Wrong code or no setup in progress"),
  },
});
const passwordRoute = createRoute({
  method: "post",
  path: "/api/auth/password",
  tags: ["Officers: sign-in"],
  summary: "Replace a password an admin reset (required before anything else)",
  request: { body: { required: true, ...json(z.object({ password: z.string().max(1024) })) } },
  responses: {
    200: { description: "Changed", ...json(stageSchema) },
    400: problem("Too short or too long"),
    401: problem("Not signed in"),
  },
});
const logout = createRoute({
  method: "post",
  path: "/api/auth/logout",
  tags: ["Officers: sign-in"],
  summary: "Sign out: the session ends on the server and the cookie is cleared",
  responses: { 204: { description: "Signed out" } },
});
const me = createRoute({
  method: "get",
  path: "/api/auth/me",
  tags: ["Officers: sign-in"],
  summary: "Who is signed in",
  responses: {
    200: { description: "The officer", ...json(stageSchema.extend({ email: z.string(), role: z.string() })) },
    401: problem("Not signed in"),
  },
});

const notSignedIn = () => new Problem(401, "unauthenticated", "Sign in first.");

/** The sign-in API: JSON for scripts and tests; the pages in `pages.ts` use the same services. */
export function authApiRoutes() {
  const attempt = guardedSignIn();
  return createRouter()
    .openapi(login, async (c) => {
      const result = await attempt(c, c.req.valid("json"));
      if (!result.ok && result.reason === "locked") {
        c.header("Retry-After", String(result.retryAfter));
        throw new Problem(429, "rate_limited", "Too many failed sign-ins. Wait, then try again.");
      }
      if (!result.ok) throw new Problem(401, "invalid_credentials", "The email or password is not right.");
      setStaffCookie(c, result.token);
      return c.json({ stage: result.stage, role: result.user.role }, 200);
    })
    .openapi(proveRoute, async (c) => {
      const staff = c.var.staff;
      if (!staff) throw notSignedIn();
      const stage = await proveSecondFactor(
        c.var.db,
        await sealingKey(c.var.config),
        staff,
        c.req.valid("json").code,
      );
      if (!stage)
        throw new Problem(401, "invalid_code", "That code is not right. Check your app and try again.");
      return c.json({ stage }, 200);
    })
    .openapi(setupGet, async (c) => {
      const staff = c.var.staff;
      if (!staff || (staff.stage !== "enrol" && staff.stage !== "full")) throw notSignedIn();
      return c.json(await beginEnrolment(c.var.db, await sealingKey(c.var.config), staff, staff.email), 200);
    })
    .openapi(setupPost, async (c) => {
      const staff = c.var.staff;
      if (!staff || (staff.stage !== "enrol" && staff.stage !== "full")) throw notSignedIn();
      const done = await completeEnrolment(
        c.var.db,
        await sealingKey(c.var.config),
        staff,
        c.req.valid("json").code,
      );
      if (!done)
        throw new Problem(401, "invalid_code", "That code is not right. Check your app and try again.");
      return c.json(done, 200);
    })
    .openapi(passwordRoute, async (c) => {
      const staff = c.var.staff;
      if (!staff || staff.stage !== "new-password") throw notSignedIn();
      const outcome = await chooseNewPassword(c.var.db, staff, c.req.valid("json").password);
      if ("problem" in outcome) {
        const message = c.var.t(`ws.common.password.${outcome.problem}`);
        throw new Problem(400, "invalid_password", message, [{ path: "password", message }]);
      }
      return c.json(outcome, 200);
    })
    .openapi(logout, async (c) => {
      if (c.var.staff) await deleteSession(c.var.db, c.var.staff.tokenHash);
      setStaffCookie(c, null);
      return c.body(null, 204);
    })
    .openapi(me, (c) => {
      const staff = c.var.staff;
      if (!staff) throw notSignedIn();
      return c.json({ email: staff.email, role: staff.role, stage: staff.stage }, 200);
    });
}
