import { expect, it } from "vitest";
import { currentTotp } from "../../../server/domain/auth/totp";
import { browser } from "../browser";
import { addOfficer, officer } from "../officers";
import { STAFF_PASSWORD, type TargetRef, token } from "../target";

type ErrorBody = { error: { code: string } };
const codeOf = async (res: Response) => ((await res.json()) as ErrorBody).error.code;

/** Signing in and out, who may reach what, and writes from other sites. */
export function officerAuth(target: TargetRef) {
  it("signs an admin in with password then authenticator code, and out again", async () => {
    const who = await addOfficer(target(), "admin");
    const b = browser(target());
    const wrong = await b.send("/api/auth/login", { json: { email: who.email, password: "not it at all" } });
    expect([wrong.status, await codeOf(wrong)]).toEqual([401, "invalid_credentials"]);

    const login = await b.send("/api/auth/login", {
      json: { email: who.email.toUpperCase(), password: STAFF_PASSWORD },
    });
    expect([login.status, await login.json()]).toEqual([200, { stage: "second-factor", role: "admin" }]);
    expect(login.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    // Half signed in is not signed in.
    expect((await b.get("/api/themes")).status).toBe(401);
    expect(await (await b.get("/api/auth/me")).json()).toMatchObject({ stage: "second-factor" });

    const badCode = await b.send("/api/auth/second-factor", { json: { code: "000000" } });
    expect(badCode.status).toBe(401);
    const code = currentTotp(who.totpSecret ?? "");
    const second = await b.send("/api/auth/second-factor", { json: { code } });
    expect([second.status, await second.json()]).toEqual([200, { stage: "full" }]);
    const me = await b.get("/api/auth/me");
    expect(await me.json()).toEqual({ email: who.email, role: "admin", stage: "full" });
    expect((await b.get("/api/audit")).status).toBe(200);

    const cookie = b.cookie();
    const out = await b.send("/api/auth/logout", { method: "POST" });
    expect(out.status).toBe(204);
    expect(b.jar.size).toBe(0);
    // The session ended on the server, not only in this browser.
    const stale = await fetch(`${target().url}/api/auth/me`, { headers: { cookie } });
    expect(stale.status).toBe(401);
  });

  it("signs an analyst in with a password alone", async () => {
    const who = await addOfficer(target(), "analyst");
    const b = browser(target());
    const login = await b.send("/api/auth/login", { json: { email: who.email, password: STAFF_PASSWORD } });
    expect(await login.json()).toEqual({ stage: "full", role: "analyst" });
    expect(await (await b.get("/api/auth/me")).json()).toEqual({
      email: who.email,
      role: "analyst",
      stage: "full",
    });
  });

  it("answers 401 to anyone not signed in, and sends them to sign in from a page", async () => {
    const anonymous = browser(target());
    for (const path of [
      "/api/themes",
      "/api/responses",
      "/api/overview",
      "/api/safeguarding/items",
      "/api/audit",
    ]) {
      const res = await anonymous.get(path);
      expect([path, res.status, await codeOf(res)]).toEqual([path, 401, "unauthenticated"]);
    }
    const page = await anonymous.get("/workspace/responses");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe(
      `/workspace/sign-in?next=${encodeURIComponent("/workspace/responses")}`,
    );
  });

  it("answers 403 to a role that may not, even an admin for the safeguarding queue", async () => {
    const refused: [Parameters<typeof officer>[1], string][] = [
      ["viewer", "/api/themes"],
      ["viewer", "/api/responses"],
      ["analyst", "/api/safeguarding/items"],
      ["analyst", "/api/audit"],
      ["admin", "/api/safeguarding/items"],
      ["safeguarding", "/api/responses"],
      ["safeguarding", "/api/audit"],
    ];
    for (const [role, path] of refused) {
      const res = await (await officer(target(), role)).get(path);
      expect([role, path, res.status, await codeOf(res)]).toEqual([role, path, 403, "forbidden"]);
    }
    const viewer = await officer(target(), "viewer");
    expect((await viewer.get("/api/overview")).status).toBe(200);
  });

  it("refuses writes from another site with 403, whatever the cookie", async () => {
    const analyst = await officer(target(), "analyst");
    const label = `Cross-site ${token()}`;
    const evil = await analyst.send("/api/themes", {
      json: { label },
      headers: { origin: "https://evil.example" },
    });
    expect([evil.status, await codeOf(evil)]).toEqual([403, "cross_origin"]);
    const form = await analyst.send("/workspace/themes", {
      form: { label },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(form.status).toBe(403);
    const respondent = await browser(target()).send("/s/quick-feedback/start", {
      form: {},
      headers: { origin: "null", "sec-fetch-site": "cross-site" },
    });
    expect(respondent.status).toBe(403);
    const { themes } = (await (await analyst.get("/api/themes")).json()) as { themes: { label: string }[] };
    expect(themes.map((th) => th.label)).not.toContain(label);
  });
}
