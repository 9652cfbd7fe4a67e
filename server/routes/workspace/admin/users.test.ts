import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../../tests/support/form-client";
import { SAME_ORIGIN, type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { listAudit } from "../../../db/queries/audit-log";
import { findStaffByEmail } from "../../../db/queries/staff-users";

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, "admin");
});
afterAll(async () => {
  await t.close();
});

const login = (email: string, password: string) =>
  t.app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", origin: SAME_ORIGIN },
    body: JSON.stringify({ email, password }),
  });

describe("who may manage users", () => {
  it("answers 401 to nobody and 403 to every role but admin, on the API and the page", async () => {
    expect((await t.app.request("/api/users")).status).toBe(401);
    const page = await t.app.request("/workspace/users");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toMatch(/^\/workspace\/sign-in\?next=/);
    for (const role of ["analyst", "safeguarding", "viewer"] as const) {
      const officer = await signedIn(t, role, `${role}-users@example.org`);
      expect((await officer.request("/api/users")).status).toBe(403);
      expect(
        (
          await officer.request("/api/users", {
            json: { email: "x@example.org", role: "admin", password: "p".repeat(12) },
          })
        ).status,
      ).toBe(403);
      expect((await officer.request("/workspace/users")).status).toBe(403);
    }
  });
});

describe("the users API", () => {
  it("creates a user who must change the temporary password, lists them, never shows a hash", async () => {
    const res = await admin.request("/api/users", {
      json: { email: "New.Analyst@example.org", role: "analyst", password: "temporary passphrase" },
    });
    expect(res.status).toBe(201);
    const made = await res.json();
    expect(made).toMatchObject({
      email: "new.analyst@example.org",
      role: "analyst",
      disabled: false,
      secondFactor: false,
      lastSignIn: null,
    });
    const listed = await (await admin.request("/api/users")).json();
    expect(listed.users.map((u: { email: string }) => u.email)).toContain("new.analyst@example.org");
    expect(JSON.stringify(listed)).not.toMatch(/argon2|passwordHash|totp/i);
    expect(await (await login("new.analyst@example.org", "temporary passphrase")).json()).toEqual({
      stage: "new-password",
      role: "analyst",
    });
  });

  it("refuses a taken email (409), a bad email and a short password (400), each naming the field", async () => {
    const taken = await admin.request("/api/users", {
      json: { email: "admin@example.org", role: "viewer", password: "x".repeat(12) },
    });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatchObject({ code: "email_taken", issues: [{ path: "email" }] });
    const bad = await admin.request("/api/users", {
      json: { email: "not-an-email", role: "viewer", password: "x".repeat(12) },
    });
    expect((await bad.json()).error.issues[0].path).toBe("email");
    const short = await admin.request("/api/users", {
      json: { email: "short@example.org", role: "viewer", password: "short" },
    });
    expect(short.status).toBe(400);
    expect((await short.json()).error).toMatchObject({
      code: "invalid_password",
      issues: [{ path: "password" }],
    });
  });

  it("changes a role and disables an account, ending its sessions; both audited", async () => {
    const viewer = await signedIn(t, "viewer", "viewer-patch@example.org");
    const user = await findStaffByEmail(t.sqlite.db, "viewer-patch@example.org");
    const res = await admin.request(`/api/users/${user?.id}`, {
      method: "PATCH",
      json: { role: "analyst", disabled: true },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: "analyst", disabled: true });
    expect((await viewer.request("/api/auth/me")).status).toBe(401);
    const actions = (
      await listAudit(t.sqlite.db, {
        actorId: (await findStaffByEmail(t.sqlite.db, "admin@example.org"))?.id,
      })
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["user.role-changed", "user.disabled"]));
    const again = await admin.request(`/api/users/${user?.id}`, {
      method: "PATCH",
      json: { disabled: false },
    });
    expect(await again.json()).toMatchObject({ disabled: false });
  });

  it("will not let an admin disable or demote themselves", async () => {
    const me = await findStaffByEmail(t.sqlite.db, admin.email);
    for (const change of [{ disabled: true }, { role: "viewer" }]) {
      const res = await admin.request(`/api/users/${me?.id}`, { method: "PATCH", json: change });
      expect(res.status).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe("own_account");
      expect(body.error.message).toBe(
        "You cannot disable your own account or change its role. Ask another admin.",
      );
    }
    expect((await findStaffByEmail(t.sqlite.db, admin.email))?.role).toBe("admin");
    expect((await admin.request("/api/auth/me")).status).toBe(200);
  });

  it("resets a password and second factor: the old password stops working", async () => {
    const lead = await signedIn(t, "safeguarding", "lead-reset@example.org");
    const user = await findStaffByEmail(t.sqlite.db, lead.email);
    const res = await admin.request(`/api/users/${user?.id}/reset`, {
      json: { password: "a brand new passphrase", secondFactor: true },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ secondFactor: false });
    expect((await login(lead.email, "correct horse battery staple")).status).toBe(401);
    expect(await (await login(lead.email, "a brand new passphrase")).json()).toMatchObject({
      stage: "new-password",
    });
    expect(
      (await admin.request("/api/users/no-such-id/reset", { json: { password: "x".repeat(12) } })).status,
    ).toBe(404);
  });
});

describe("the users pages, without JavaScript", () => {
  it("adds a user through the form, then shows them in the table with a message", async () => {
    const browser = formClient(t);
    browser.jar.set(...(admin.cookie.split("=") as [string, string]));
    const form = await browser.get("/workspace/users/new");
    expect(await form.text()).toContain('name="role"');
    const wrong = await browser.post("/workspace/users/new", {
      email: "bad",
      role: "viewer",
      password: "short",
    });
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('href="#email"');
    expect(wrongHtml).toContain("Enter an email address like name@example.org.");
    const posted = await browser.post("/workspace/users/new", {
      email: "board@example.org",
      role: "viewer",
      password: "a good temporary one",
    });
    expect(posted.status).toBe(303);
    const list = await (await browser.get(posted.headers.get("location") ?? "")).text();
    expect(list).toContain("The user was added.");
    expect(list).toContain("board@example.org");
  });

  it("changes a role, disables and resets from the user's page, and refuses on your own page", async () => {
    const browser = formClient(t);
    browser.jar.set(...(admin.cookie.split("=") as [string, string]));
    await signedIn(t, "analyst", "page-analyst@example.org");
    const user = await findStaffByEmail(t.sqlite.db, "page-analyst@example.org");
    const base = `/workspace/users/${user?.id}`;
    expect(await (await browser.get(base)).text()).toContain("Manage page-analyst@example.org");
    const role = await browser.post(`${base}/role`, { role: "viewer" });
    expect(role.headers.get("location")).toBe(`${base}?done=role`);
    expect(await (await browser.get(`${base}?done=role`)).text()).toContain("The role was changed.");
    await browser.post(`${base}/access`, { disabled: "true" });
    expect((await findStaffByEmail(t.sqlite.db, "page-analyst@example.org"))?.disabled).toBe(true);
    const short = await browser.post(`${base}/reset`, { password: "short" });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Enter a password of at least 12 characters.");
    const me = await findStaffByEmail(t.sqlite.db, admin.email);
    const own = await browser.get(`/workspace/users/${me?.id}`);
    const ownHtml = await own.text();
    expect(ownHtml).toContain("This is your own account.");
    expect(ownHtml).not.toContain(`action="/workspace/users/${me?.id}/access"`);
    const sneaky = await browser.post(`/workspace/users/${me?.id}/access`, { disabled: "true" });
    expect(sneaky.status).toBe(400);
    expect((await findStaffByEmail(t.sqlite.db, admin.email))?.disabled).toBe(false);
  });
});
