import type { Context } from "hono";
import { ROLES, type Role } from "../../../domain/auth/roles";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { renderPage } from "../../../views/render-page";
import { NewUserPage } from "../../../views/workspace/admin/new-user-page";
import { UserPage, type UserPageError } from "../../../views/workspace/admin/user-page";
import { UsersPage } from "../../../views/workspace/admin/users-page";
import { addUser, changeUser, PROBLEM_FIELD, problemMessage, resetUser } from "./user-changes";
import { userRow, userRows } from "./user-rows";

const guard = requirePermission("users:manage");
const frame = (c: Context<AppEnv>) => ({ ...c.var.page, staff: c.var.staff });
const field = (form: Record<string, unknown>, name: string) =>
  typeof form[name] === "string" ? form[name] : "";
const roleIn = (value: string): Role | undefined =>
  (ROLES as readonly string[]).includes(value) ? (value as Role) : undefined;

/** What each `?done=` says after a change; anything else says nothing. */
const DONE = ["created", "role", "disabled", "enabled", "reset", "resetSecondFactor"] as const;
const doneMessage = (c: Context<AppEnv>) => {
  const done = c.req.query("done");
  return DONE.find((d) => d === done) ? c.var.t(`ws.admin.users.done.${done}`) : undefined;
};

/** Re-renders one officer's page with a refusal on the field it concerns (400, or 404 if they are gone). */
async function showUser(c: Context<AppEnv>, error?: UserPageError) {
  const user = await userRow(c.var.db, c.req.param("id") ?? "");
  if (!user) return c.notFound();
  return renderPage(
    c,
    UserPage({ ...frame(c), user, done: error ? undefined : doneMessage(c), error }),
    error ? 400 : 200,
  );
}

/** The users pages: plain forms, POST-redirect-GET, for admins only. */
export const usersPages = createRouter()
  .get("/workspace/users", guard, async (c) =>
    renderPage(c, UsersPage({ ...frame(c), users: await userRows(c.var.db), done: doneMessage(c) })),
  )
  .get("/workspace/users/new", guard, (c) => renderPage(c, NewUserPage({ ...frame(c), form: {} })))
  .post("/workspace/users/new", guard, async (c) => {
    const form = await c.req.parseBody();
    const email = field(form, "email").trim();
    const role = roleIn(field(form, "role"));
    if (!role) {
      const errors = { role: c.var.t("ws.admin.users.problems.roleMissing") };
      return renderPage(c, NewUserPage({ ...frame(c), form: { email, errors } }), 400);
    }
    const outcome = await addUser(c.var.db, staffOf(c), { email, role, password: field(form, "password") });
    if ("problem" in outcome) {
      const errors = { [PROBLEM_FIELD[outcome.problem]]: problemMessage(c.var.t, outcome.problem) };
      return renderPage(c, NewUserPage({ ...frame(c), form: { email, role, errors } }), 400);
    }
    return c.redirect("/workspace/users?done=created", 303);
  })
  .get("/workspace/users/:id", guard, (c) => showUser(c))
  .post("/workspace/users/:id/role", guard, async (c) => {
    const role = roleIn(field(await c.req.parseBody(), "role"));
    if (!role) return showUser(c, { field: "role", message: c.var.t("ws.admin.users.problems.roleMissing") });
    const outcome = await changeUser(c.var.db, staffOf(c), c.req.param("id"), { role });
    if ("problem" in outcome) {
      if (outcome.problem === "notFound") return c.notFound();
      return showUser(c, { field: "role", message: problemMessage(c.var.t, outcome.problem) });
    }
    return c.redirect(`/workspace/users/${outcome.user.id}?done=role`, 303);
  })
  .post("/workspace/users/:id/access", guard, async (c) => {
    const disabled = field(await c.req.parseBody(), "disabled") === "true";
    const outcome = await changeUser(c.var.db, staffOf(c), c.req.param("id"), { disabled });
    if ("problem" in outcome) {
      if (outcome.problem === "notFound") return c.notFound();
      return showUser(c, { field: "access", message: problemMessage(c.var.t, outcome.problem) });
    }
    return c.redirect(`/workspace/users/${outcome.user.id}?done=${disabled ? "disabled" : "enabled"}`, 303);
  })
  .post("/workspace/users/:id/reset", guard, async (c) => {
    const form = await c.req.parseBody();
    const secondFactor = field(form, "secondFactor") === "true";
    const outcome = await resetUser(c.var.db, staffOf(c), c.req.param("id"), {
      password: field(form, "password"),
      secondFactor,
    });
    if ("problem" in outcome) {
      if (outcome.problem === "notFound") return c.notFound();
      return showUser(c, { field: "password", message: problemMessage(c.var.t, outcome.problem) });
    }
    return c.redirect(
      `/workspace/users/${outcome.user.id}?done=${secondFactor ? "resetSecondFactor" : "reset"}`,
      303,
    );
  });
