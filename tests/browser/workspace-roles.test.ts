import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { currentTotp } from "../../server/domain/auth/totp";
import { checkAxe } from "./support/axe";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import { readDatabase } from "./support/database";
import { toNextPage } from "./support/navigation";
import {
  createWithCli,
  enrolAuthenticator,
  firstAdminSignIn,
  signInWithPassword,
  submitButton,
} from "./support/workspace";

// Issue 6's "done when", in real Chromium with JavaScript on: each role's journey, axe on every page.
const suite = useBrowserSuite();

async function answer(text: string) {
  const res = await fetch(`${suite.server.url}/api/surveys/quick-feedback/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "en", answers: { "one-thing": text } }),
  });
  expect(res.status).toBe(201);
}

const usesOf = (page: Page, label: string) =>
  page
    .locator("tr", { has: page.getByRole("link", { name: new RegExp(`^${label}`) }) })
    .locator("[data-uses]");

describe("officers' journeys in Chromium", () => {
  it("an admin adds an analyst, who codes ten answers and sees the counts change", async () => {
    for (let i = 1; i <= 12; i++) await answer(`More youth club nights near the park, please (${i})`);
    await createWithCli(suite, "admin@example.org", "admin", "temporary passphrase");
    await inGuardedContext(suite, "js", async (page) => {
      await firstAdminSignIn(page, "admin@example.org", "temporary passphrase");
      await checkAxe(page, "overview as admin");
      await page.goto("/workspace/users/new");
      await page.fill("#email", "analyst@example.org");
      await page.getByLabel("engagement officer").check();
      await page.fill("#password", "their temporary passphrase");
      await submitButton(page, "Add user");
      expect(await page.locator(".notice").textContent()).toContain("The user was added.");
      await page.goto("/workspace/audit");
      await checkAxe(page, "audit log");
      expect(await page.locator("main").textContent()).toContain("user.created");
    });

    await inGuardedContext(suite, "js", async (page) => {
      await signInWithPassword(page, "analyst@example.org", "their temporary passphrase");
      await page.fill("#password", "the analyst's own passphrase");
      await submitButton(page, "Save password");
      expect(new URL(page.url()).pathname).toBe("/workspace");
      await checkAxe(page, "overview as analyst");

      await page.goto("/workspace/themes");
      await checkAxe(page, "themes");
      const label = "Youth clubs and things to do";
      expect((await usesOf(page, label).textContent())?.trim()).toBe("0");

      await page.goto("/workspace/responses?coded=no");
      await checkAxe(page, "responses");
      const boxes = page.locator("[data-bulk-select]");
      expect(await boxes.count()).toBeGreaterThanOrEqual(10);
      for (let i = 0; i < 10; i++) await boxes.nth(i).check();
      await page.selectOption("#bulk-theme", { label });
      await submitButton(page, "Apply to selected answers");
      expect(await page.locator("main").textContent()).toContain("The theme was added to 10 answers.");

      await page.goto("/workspace/themes");
      expect((await usesOf(page, label).textContent())?.trim()).toBe("10");
      await page.goto("/workspace");
      expect(await page.locator("[data-top-themes]").textContent()).toContain(label);
    });
  });

  it("a board member sees the overview but cannot open responses", async () => {
    await createWithCli(suite, "board@example.org", "viewer", "a board member's passphrase");
    await inGuardedContext(suite, "js", async (page) => {
      await signInWithPassword(page, "board@example.org", "a board member's passphrase");
      await page.fill("#password", "the board member's own passphrase");
      await submitButton(page, "Save password");
      await checkAxe(page, "overview as a board member");
      expect(await page.getByRole("navigation", { name: "Workspace sections" }).textContent()).not.toContain(
        "Responses",
      );
      const refused = await page.goto("/workspace/responses");
      expect(refused?.status()).toBe(403);
      expect(await page.locator("h1").textContent()).toBe("You cannot open this page");
      const api = await page.evaluate(async () => (await fetch("/api/responses")).status);
      expect(api).toBe(403);
    });
  });

  it("the safeguarding lead signs in with a TOTP code, opens an item, and the opening is audited", async () => {
    await answer("a man at the bus station makes me carry packages and says I owe him");
    await createWithCli(suite, "lead@example.org", "safeguarding", "the lead's passphrase here");
    const secret = await enrolAuthenticator(suite, "lead@example.org");
    await inGuardedContext(suite, "js", async (page) => {
      await signInWithPassword(page, "lead@example.org", "the lead's passphrase here");
      expect(new URL(page.url()).pathname).toBe("/workspace/sign-in/code");
      await checkAxe(page, "sign-in code");
      await page.fill("#code", currentTotp(secret));
      await submitButton(page, "Continue");
      expect(new URL(page.url()).pathname).toBe("/workspace");

      await page.goto("/workspace/safeguarding");
      await checkAxe(page, "safeguarding queue");
      expect(await page.locator("main").textContent()).not.toContain("bus station");
      const viewedBefore = viewsOfItems();
      await toNextPage(page, () => page.locator("a.safeguarding-open").first().click());
      expect(await page.locator("main").textContent()).toContain("a man at the bus station");
      await checkAxe(page, "an opened item");
      expect(viewsOfItems()).toBe(viewedBefore + 1);
    });
  });
});

function viewsOfItems(): number {
  return readDatabase(suite.server, (db) => {
    const row = db
      .prepare(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'safeguarding.item.viewed' AND actor_email = ?",
      )
      .get("lead@example.org") as { n: number };
    return row.n;
  });
}
