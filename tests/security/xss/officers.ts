import { DatabaseSync } from "node:sqlite";
import { expect } from "vitest";
import { currentTotp } from "../../../server/domain/auth/totp";
import type { BrowserSuite } from "../../browser/support/browser-suite";
import { createWithCli, enrolAuthenticator } from "../../browser/support/workspace";

/** An officer signed in once (a TOTP code is good only once), for fetch and for the browser alike. */
export type Officer = {
  email: string;
  /** The session cookie's value. */
  session: string;
  api(
    path: string,
    init?: { method?: string; json?: unknown; body?: BodyInit; type?: string },
  ): Promise<Response>;
};

const PASSWORD = "a long enough passphrase";

/**
 * Adds an officer with `heard admin create`, as if they had finished their first sign-in (own
 * password, and an authenticator for the roles that need one), then signs in through the API.
 */
export async function addOfficer(suite: BrowserSuite, email: string, role: string): Promise<Officer> {
  await createWithCli(suite, email, role, PASSWORD);
  let secret: string | undefined;
  if (role === "admin" || role === "safeguarding") secret = await enrolAuthenticator(suite, email);
  else {
    const db = new DatabaseSync(suite.server.dbFile);
    try {
      db.prepare("UPDATE staff_users SET must_change_password = 0 WHERE email = ?").run(email);
    } finally {
      db.close();
    }
  }
  const { url, origin } = suite.server;
  const headers = { "content-type": "application/json", origin };
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(login.status, `sign-in of ${email}`).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (secret) {
    const second = await fetch(`${url}/api/auth/second-factor`, {
      method: "POST",
      headers: { ...headers, cookie },
      body: JSON.stringify({ code: currentTotp(secret) }),
    });
    expect(second.status, `second factor of ${email}`).toBe(200);
  }
  return {
    email,
    session: cookie.slice(cookie.indexOf("=") + 1),
    api(path, init = {}) {
      const h: Record<string, string> = { cookie, origin };
      let body = init.body;
      if (init.json !== undefined) body = JSON.stringify(init.json);
      if (init.json !== undefined || init.type) h["content-type"] = init.type ?? "application/json";
      return fetch(`${url}${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers: h, body });
    },
  };
}

/** POST as an officer and insist on `status`; the parsed JSON answer. */
export async function must<T = Record<string, unknown>>(
  officer: Officer,
  path: string,
  init: Parameters<Officer["api"]>[1],
  status = 201,
): Promise<T> {
  const res = await officer.api(path, init);
  const text = await res.text();
  expect(res.status, `${init?.method ?? "POST"} ${path}: ${text.slice(0, 300)}`).toBe(status);
  return JSON.parse(text) as T;
}
