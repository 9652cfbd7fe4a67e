import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formClient } from "../../../tests/support/form-client";
import { addStaff, SAME_ORIGIN, STAFF_PASSWORD, signIn } from "../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { currentTotp } from "../../domain/auth/totp";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", origin: SAME_ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });

const auditActions = async () => (await t.sqlite.db.query.auditLog.findMany()).map((row) => row.action);

describe("signing in through the API", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie whose token is not what the database holds", async () => {
    await addStaff(t, "analyst");
    const res = await login("Analyst@Example.org ", STAFF_PASSWORD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stage: "full", role: "analyst" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^heard_staff=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const token = cookie.split(";")[0]?.split("=")[1] ?? "";
    const sessions = await t.sqlite.db.query.staffSessions.findMany();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.tokenHash).not.toContain(token);
    const me = await t.app.request("/api/auth/me", { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(await me.json()).toEqual({ email: "analyst@example.org", role: "analyst", stage: "full" });
  });

  it("answers a wrong password and an unknown email the same way, and audits both", async () => {
    await addStaff(t, "analyst");
    const wrong = await login("analyst@example.org", "not the password at all");
    const unknown = await login("nobody@example.org", "not the password at all");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(await auditActions()).toEqual(["user.created", "sign-in.failed", "sign-in.failed"]);
    const unknownRow = (await t.sqlite.db.query.auditLog.findMany()).at(-1);
    expect(JSON.stringify(unknownRow)).not.toContain("nobody@example.org");
  });

  it("locks an account after five failures in a row, with Retry-After", async () => {
    await addStaff(t, "viewer");
    for (let i = 0; i < 5; i++)
      expect((await login("viewer@example.org", "wrong password here")).status).toBe(401);
    const locked = await login("viewer@example.org", STAFF_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("asks an admin for the TOTP code before the session can do anything, and takes a code once only", async () => {
    const { email, totpSecret = "" } = await addStaff(t, "admin");
    const res = await login(email, STAFF_PASSWORD);
    expect(await res.json()).toEqual({ stage: "second-factor", role: "admin" });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const code = currentTotp(totpSecret);
    const prove = (c: string) =>
      t.app.request("/api/auth/second-factor", {
        method: "POST",
        headers: { "content-type": "application/json", origin: SAME_ORIGIN, cookie },
        body: JSON.stringify({ code: c }),
      });
    expect((await prove("000000")).status).toBe(401);
    expect(await (await prove(code)).json()).toEqual({ stage: "full" });
    // A second session cannot replay the same code.
    const again = await login(email, STAFF_PASSWORD);
    const cookie2 = (again.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const replay = await t.app.request("/api/auth/second-factor", {
      method: "POST",
      headers: { "content-type": "application/json", origin: SAME_ORIGIN, cookie: cookie2 },
      body: JSON.stringify({ code }),
    });
    expect(replay.status).toBe(401);
  });

  it("signs out on the server: the old cookie no longer works", async () => {
    const { email } = await addStaff(t, "analyst");
    const cookie = await signIn(t, email);
    const out = await t.app.request("/api/auth/logout", {
      method: "POST",
      headers: { cookie, origin: SAME_ORIGIN },
    });
    expect(out.status).toBe(204);
    expect((await t.app.request("/api/auth/me", { headers: { cookie } })).status).toBe(401);
  });

  it("refuses sign-in from another site, by Origin and by Sec-Fetch-Site", async () => {
    await addStaff(t, "analyst");
    expect(
      (await login("analyst@example.org", STAFF_PASSWORD, { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect(
      (await login("analyst@example.org", STAFF_PASSWORD, { "sec-fetch-site": "cross-site" })).status,
    ).toBe(403);
    const form = await t.app.request("/workspace/sign-in", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ email: "analyst@example.org", password: STAFF_PASSWORD }),
    });
    expect(form.status).toBe(403);
  });
});

describe("signing in with the pages", () => {
  it("walks a safeguarding lead with no app yet through setting one up, then shows recovery codes once", async () => {
    const browser = formClient(t);
    const { createStaff, COMMAND_LINE } = await import("../../services/auth/staff-accounts");
    await createStaff(t.sqlite.db, COMMAND_LINE, {
      email: "lead@example.org",
      role: "safeguarding",
      password: STAFF_PASSWORD,
      chosenByUser: true,
    });
    const signedIn = await browser.post("/workspace/sign-in", {
      email: "lead@example.org",
      password: STAFF_PASSWORD,
    });
    expect(signedIn.headers.get("location")).toBe("/workspace/sign-in/set-up-code");
    const setup = await (await browser.get("/workspace/sign-in/set-up-code")).text();
    const secret = (setup.match(/<code>([A-Z2-7 ]+)<\/code>/)?.[1] ?? "").replace(/ /g, "");
    expect(secret).toHaveLength(32);
    expect(setup).toContain("<svg");
    const wrong = await browser.post("/workspace/sign-in/set-up-code", { code: "123456" });
    expect(wrong.status).toBe(400);
    const done = await browser.post("/workspace/sign-in/set-up-code", { code: currentTotp(secret) });
    const page = await done.text();
    expect(page.match(/<li><code>[0-9A-Z]{5}-[0-9A-Z]{5}<\/code><\/li>/g)).toHaveLength(10);
    expect(
      (
        await t.app.request("/api/auth/me", {
          headers: { cookie: `heard_staff=${browser.jar.get("heard_staff")}` },
        })
      ).status,
    ).toBe(200);
  });

  it("sends an anonymous visitor to sign in and brings them back afterwards", async () => {
    await addStaff(t, "analyst");
    const browser = formClient(t);
    const away = await browser.get("/workspace/sign-in?next=https://evil.example");
    expect(away.status).toBe(200);
    const res = await browser.post("/workspace/sign-in?next=%2F%2Fevil.example", {
      email: "analyst@example.org",
      password: STAFF_PASSWORD,
    });
    expect(res.headers.get("location")).toBe("/workspace");
  });

  it("puts a CSP with a nonce and frame-ancestors 'none' on every page", async () => {
    const res = await t.app.request("/workspace/sign-in");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=-]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(await res.text()).toContain(`nonce="${nonce}"`);
  });
});
