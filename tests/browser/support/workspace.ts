import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Readable } from "node:stream";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { adminCommand } from "../../../server/cli/admin";
import { currentTotp, newTotpSecret } from "../../../server/domain/auth/totp";
import { importSealingKey, seal } from "../../../server/domain/crypto/sealed-text";
import type { BrowserSuite } from "./browser-suite";
import { toNextPage } from "./navigation";

/** `heard admin create` against the running server's database, the password piped in as a script would. */
export async function createWithCli(suite: BrowserSuite, email: string, role: string, password: string) {
  let err = "";
  const code = await adminCommand(["create", "--email", email, "--role", role], {
    stdin: Readable.from([`${password}\n`]),
    stdout: { write: () => true },
    stderr: { write: (s: string) => (err += s) },
    env: { HEARD_DATA_DIR: dirname(suite.server.dbFile), HEARD_DB: suite.server.dbFile },
  });
  expect(err).toBe("");
  expect(code).toBe(0);
}

/**
 * Gives an officer an authenticator as if they had set one up: the secret sealed with the server's
 * own key file, so the test can compute codes and sign in with TOTP like a person with their phone.
 */
export async function enrolAuthenticator(suite: BrowserSuite, email: string): Promise<string> {
  const keyFile = join(dirname(suite.server.dbFile), "safeguarding.key");
  const key = await importSealingKey(readFileSync(keyFile, "utf8").trim());
  const secret = newTotpSecret();
  const db = new DatabaseSync(suite.server.dbFile);
  try {
    db.prepare("UPDATE staff_users SET totp_sealed = ?, must_change_password = 0 WHERE email = ?").run(
      await seal(key, secret),
      email,
    );
  } finally {
    db.close();
  }
  return secret;
}

/** Clicks the button named `name` and waits for the next page. */
export const submitButton = (page: Page, name: string) =>
  toNextPage(page, () => page.getByRole("button", { name, exact: true }).click());

/** Email and password on the sign-in page. */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/workspace/sign-in");
  await page.fill("#email", email);
  await page.fill("#password", password);
  await submitButton(page, "Sign in");
}

/** First sign-in of an admin made with the CLI: temporary password, new password, authenticator, recovery codes. */
export async function firstAdminSignIn(page: Page, email: string, temporary: string) {
  await signInWithPassword(page, email, temporary);
  expect(new URL(page.url()).pathname).toBe("/workspace/sign-in/new-password");
  await page.fill("#password", "my own long passphrase");
  await submitButton(page, "Save password");
  const secret = (await page.locator("[data-secret] code").textContent())?.replace(/\s/g, "") ?? "";
  await page.fill("#code", currentTotp(secret));
  await submitButton(page, "Finish setting up");
  await toNextPage(page, () => page.getByRole("link", { name: "I have saved them, continue" }).click());
  expect(new URL(page.url()).pathname).toBe("/workspace");
}
