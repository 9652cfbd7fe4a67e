import { createRoute, z } from "@hono/zod-openapi";
import { ROLES } from "../../../domain/auth/roles";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { guarded, json, problem } from "./api-support";
import { accountProblem, addUser, changeUser, resetUser } from "./user-changes";
import { userRows } from "./user-rows";

const tags = ["Officers: users"];
const middleware = requirePermission("users:manage");
const onlyAdmins = guarded("an admin");

const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
    secondFactor: z.boolean().openapi({ description: "Whether an authenticator app is set up" }),
    lastSignIn: z
      .string()
      .nullable()
      .openapi({ description: "Day (YYYY-MM-DD) of the last sign-in, from the audit log" }),
    addedOn: z.string(),
  })
  .openapi("StaffUser");

const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
const password = z
  .string()
  .max(1024)
  .openapi({ description: "Temporary: they must choose their own at next sign-in" });

const list = createRoute({
  method: "get",
  path: "/api/users",
  tags,
  middleware,
  summary: "Every officer with role, access, second factor and last sign-in day",
  responses: {
    200: { description: "Officers by email", ...json(z.object({ users: z.array(userSchema) })) },
    ...onlyAdmins,
  },
});

const create = createRoute({
  method: "post",
  path: "/api/users",
  tags,
  middleware,
  summary: "Add an officer with a temporary password (audited as user.created)",
  request: {
    body: {
      required: true,
      ...json(
        z.object({ email: z.string().max(320), role: z.enum(ROLES), password }).openapi("NewStaffUser"),
      ),
    },
  },
  responses: {
    201: { description: "Added", ...json(userSchema) },
    400: problem("Not an email address, or a password too short or too long"),
    409: problem("Someone already has that email address"),
    ...onlyAdmins,
  },
});

const patch = createRoute({
  method: "patch",
  path: "/api/users/{id}",
  tags,
  middleware,
  summary: "Change an officer's role or access; their sessions end (audited). Not your own account.",
  request: {
    params: idParam,
    body: {
      required: true,
      ...json(
        z
          .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
          .openapi("StaffUserChange"),
      ),
    },
  },
  responses: {
    200: { description: "Changed", ...json(userSchema) },
    404: problem("No such officer"),
    409: problem("An admin cannot disable or demote their own account (code own_account)"),
    ...onlyAdmins,
  },
});

const reset = createRoute({
  method: "post",
  path: "/api/users/{id}/reset",
  tags,
  middleware,
  summary: "Set a temporary password; with secondFactor, also remove their authenticator app (audited)",
  request: {
    params: idParam,
    body: {
      required: true,
      ...json(z.object({ password, secondFactor: z.boolean().default(false) }).openapi("StaffUserReset")),
    },
  },
  responses: {
    200: { description: "Reset", ...json(userSchema) },
    400: problem("A password too short or too long"),
    404: problem("No such officer"),
    ...onlyAdmins,
  },
});

/** The users API: admins only; every change is audited by the accounts service. */
export const usersApi = createRouter()
  .openapi(list, async (c) => c.json({ users: await userRows(c.var.db) }, 200))
  .openapi(create, async (c) => {
    const outcome = await addUser(c.var.db, staffOf(c), c.req.valid("json"));
    if ("problem" in outcome) throw accountProblem(c.var.t, outcome.problem);
    return c.json(outcome.user, 201);
  })
  .openapi(patch, async (c) => {
    const change = c.req.valid("json");
    if (change.role === undefined && change.disabled === undefined) {
      throw new Problem(400, "invalid_request", "Send role, disabled, or both.");
    }
    const outcome = await changeUser(c.var.db, staffOf(c), c.req.valid("param").id, change);
    if ("problem" in outcome) throw accountProblem(c.var.t, outcome.problem);
    return c.json(outcome.user, 200);
  })
  .openapi(reset, async (c) => {
    const outcome = await resetUser(c.var.db, staffOf(c), c.req.valid("param").id, c.req.valid("json"));
    if ("problem" in outcome) throw accountProblem(c.var.t, outcome.problem);
    return c.json(outcome.user, 200);
  });
