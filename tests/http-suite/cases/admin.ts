import { expect, it } from "vitest";
import { currentTotp } from "../../../server/domain/auth/totp";
import { browser } from "../browser";
import { officer } from "../officers";
import { type TargetRef, token } from "../target";

type User = { id: string; email: string; role: string; disabled: boolean; secondFactor: boolean };
const TEMPORARY = "temporary password for today";
const CHOSEN = "a passphrase of my very own";

/** Admins' and analysts' management work: accounts (hashing and TOTP on the target), surveys, paper forms. */
export function adminWork(target: TargetRef) {
  it("adds officers who must choose a password, and a lead who must set up an authenticator app", async () => {
    const admin = await officer(target(), "admin");
    const add = async (role: string) => {
      const email = `new-${role}-${token()}@example.org`;
      const res = await admin.send("/api/users", { json: { email, role, password: TEMPORARY } });
      expect(res.status).toBe(201);
      return { email, user: (await res.json()) as User };
    };
    const analyst = await add("analyst");
    expect(analyst.user).toMatchObject({ role: "analyst", disabled: false, secondFactor: false });
    const again = await admin.send("/api/users", {
      json: { email: analyst.email, role: "viewer", password: TEMPORARY },
    });
    expect(again.status).toBe(409);

    const b = browser(target());
    const login = await b.send("/api/auth/login", { json: { email: analyst.email, password: TEMPORARY } });
    expect(await login.json()).toEqual({ stage: "new-password", role: "analyst" });
    expect((await b.get("/api/themes")).status).toBe(401);
    expect((await b.send("/api/auth/password", { json: { password: "short" } })).status).toBe(400);
    const changed = await b.send("/api/auth/password", { json: { password: CHOSEN } });
    expect(await changed.json()).toEqual({ stage: "full" });
    expect((await b.get("/api/themes")).status).toBe(200);

    const disabled = await admin.send(`/api/users/${analyst.user.id}`, {
      method: "PATCH",
      json: { disabled: true },
    });
    expect(await disabled.json()).toMatchObject({ disabled: true });
    expect((await b.get("/api/auth/me")).status).toBe(401);

    const lead = await add("safeguarding");
    const l = browser(target());
    await l.send("/api/auth/login", { json: { email: lead.email, password: TEMPORARY } });
    expect(await (await l.send("/api/auth/password", { json: { password: CHOSEN } })).json()).toEqual({
      stage: "enrol",
    });
    const setup = (await (await l.get("/api/auth/second-factor/setup")).json()) as {
      secret: string;
      uri: string;
    };
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    const done = await l.send("/api/auth/second-factor/setup", { json: { code: currentTotp(setup.secret) } });
    const body = (await done.json()) as { stage: string; recoveryCodes: string[] };
    expect(body.stage).toBe("full");
    expect(body.recoveryCodes.length).toBeGreaterThanOrEqual(5);
    expect((await l.get("/api/safeguarding/items")).status).toBe(200);
    const { users } = (await (await admin.get("/api/users")).json()) as { users: User[] };
    expect(users.find((u) => u.email === lead.email)).toMatchObject({ secondFactor: true });
  });

  it("closes a survey so it takes no answers, and opens it again", async () => {
    const analyst = await officer(target(), "analyst");
    const status = (s: string) =>
      analyst.send("/api/workspace/surveys/help-you-got/status", { json: { status: s } });
    const submit = () =>
      browser(target()).send("/api/surveys/help-you-got/responses", { json: { answers: {} } });
    expect(await (await status("closed")).json()).toMatchObject({ id: "help-you-got", status: "closed" });
    const refused = await submit();
    expect([refused.status, await refused.json()]).toEqual([
      409,
      { error: expect.objectContaining({ code: "survey_closed" }) },
    ]);
    expect((await browser(target()).post("/s/help-you-got/start")).status).not.toBe(303);
    expect(await (await status("open")).json()).toMatchObject({ status: "open" });
    expect((await submit()).status).toBe(201);
  });

  it("imports paper forms from CSV, as a file or a form upload over the usual 64 KB, refusing over 2 MB", async () => {
    const analyst = await officer(target(), "analyst");
    const url = "/api/workspace/surveys/quick-feedback/import";
    const csv =
      "\uFEFFsession-rating,know-more,one-thing,submitted_on\r\ngood,yes,More lights on paper,2025-03-14\r\nbad,,,\r\n";
    const upload = (body: BodyInit, query = "", type?: string) =>
      fetch(`${target().url}${url}${query}`, {
        method: "POST",
        headers: {
          cookie: analyst.cookie(),
          origin: target().url,
          ...(type ? { "content-type": type } : {}),
        },
        body,
      });
    const res = await upload(csv, "", "text/csv");
    expect(res.status).toBe(200);
    const report = (await res.json()) as { rows: number; accepted: number[]; rejected: { row: number }[] };
    expect(report).toMatchObject({ rows: 2, accepted: [2], rejected: [{ row: 3 }] });

    const big = `one-thing\n${`${"a long answer ".repeat(10)}\n`.repeat(600)}`;
    const form = new FormData();
    form.set("file", new File([big], "paper.csv", { type: "text/csv" }));
    form.set("dryRun", "true");
    const checked = await upload(form);
    expect(checked.status).toBe(200);
    expect(await checked.json()).toMatchObject({ dryRun: true, rows: 600 });

    // Twice in a row: refusing a body unread must not break the connection the client reuses next.
    for (const _ of [1, 2]) {
      const huge = await upload(new Uint8Array(3 * 1024 * 1024).fill(0x61), "?dryRun=true", "text/csv");
      const { error } = (await huge.json()) as { error: { code: string } };
      expect([huge.status, error.code]).toEqual([413, "too_large"]);
    }
    expect((await upload(csv, "?dryRun=true", "text/csv")).status).toBe(200);
  });
}
