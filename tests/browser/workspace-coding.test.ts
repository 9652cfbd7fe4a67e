import { dirname } from "node:path";
import { Readable } from "node:stream";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { adminCommand } from "../../server/cli/admin";
import { checkAxe } from "./support/axe";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import { readDatabase } from "./support/database";

const suite = useBrowserSuite();
const EMAIL = "coder@example.org";

async function createAnalyst() {
  const code = await adminCommand(["create", "--email", EMAIL, "--role", "analyst"], {
    stdin: Readable.from(["temporary passphrase\n"]),
    stdout: { write: () => true },
    stderr: { write: () => true },
    env: { HEARD_DATA_DIR: dirname(suite.server.dbFile), HEARD_DB: suite.server.dbFile },
  });
  expect(code).toBe(0);
}

/** A response with one free-text answer, sent as the public API would get it. */
async function submit(text: string) {
  const res = await fetch(`${suite.server.url}/api/surveys/quick-feedback/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "en", answers: { "one-thing": text } }),
  });
  expect(res.status).toBe(201);
}

const loaded = async (page: Page, action: () => Promise<unknown>) => {
  const done = page.waitForEvent("load");
  await action();
  await done;
};

async function signIn(page: Page) {
  await page.goto("/workspace/sign-in");
  await page.fill("#email", EMAIL);
  await page.fill("#password", "temporary passphrase");
  await loaded(page, () => page.getByRole("button", { name: "Sign in" }).click());
  await page.fill("#password", "my own long passphrase");
  await loaded(page, () => page.getByRole("button", { name: "Save password" }).click());
  expect(new URL(page.url()).pathname).toBe("/workspace");
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const codeCount = () =>
  readDatabase(suite.server, (db) => Number(db.prepare("SELECT count(*) AS n FROM answer_codes").get()?.n));

describe("coding answers in Chromium", () => {
  it("an analyst codes from the keyboard, and the theme counts change", async () => {
    await createAnalyst();
    await submit("More youth clubs open in the evening please");
    await submit("The bus stop near the park is scary after dark");
    await submit("An older guy online keeps asking me for nudes and says he will share them");

    await inGuardedContext(suite, "js", async (page) => {
      await signIn(page);
      await page.goto("/workspace/responses");
      // j focuses the first answer; 1 ticks its first theme, saved straight away through the API.
      await page.keyboard.press("j");
      const first = await activeId(page);
      expect(first).toMatch(/^answer-/);
      await page.keyboard.press("1");
      await expect
        .poll(() => page.locator(`#${first} [data-card-status]`).textContent())
        .toBe("Themes saved.");
      expect(codeCount()).toBe(1);
      await page.keyboard.press("x");
      expect(await page.locator(`#${first} [data-bulk-select]`).isChecked()).toBe(true);
      await page.keyboard.press("j");
      expect(await activeId(page)).not.toBe(first);
      await page.keyboard.press("k");
      expect(await activeId(page)).toBe(first);

      // Typing in a box is typing, not a shortcut.
      await page.focus("#from");
      await page.keyboard.press("j");
      expect(await activeId(page)).toBe("from");

      // a accepts the first suggested harm of the answer in focus (a form post, so a new page that
      // comes back focused on the same answer).
      const flagged = page.locator("[data-answer-card]", { hasText: "nudes" });
      await flagged.focus();
      await loaded(page, () => page.keyboard.press("a"));
      const again = page.locator("[data-answer-card]", { hasText: "nudes" });
      expect(await again.textContent()).toContain("accepted");
      expect(await activeId(page)).toBe(await again.getAttribute("id"));

      await page.goto("/workspace/themes");
      const counts = await page.locator("[data-uses]").allTextContents();
      expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(1);
    });
  });

  it("the pages work and are axe-clean without JavaScript", async () => {
    await inGuardedContext(suite, "no-js", async (page) => {
      await page.goto("/workspace/sign-in");
      await page.fill("#email", EMAIL);
      await page.fill("#password", "my own long passphrase");
      await loaded(page, () => page.getByRole("button", { name: "Sign in" }).click());
      await checkAxe(page, "overview");
      await page.goto("/workspace/responses");
      await checkAxe(page, "responses");
      await page.goto("/workspace/responses?coded=no");
      const before = codeCount();
      const card = page.locator("[data-answer-card]").first();
      await card.locator("[data-theme-toggle]").nth(1).check();
      await loaded(page, () => card.getByRole("button", { name: "Save themes" }).click());
      expect(codeCount()).toBe(before + 1);
      await checkAxe(page, "responses, after saving");
      await loaded(page, () => page.getByRole("button", { name: "Apply to selected answers" }).click());
      await checkAxe(page, "responses, bulk form with errors");
      await page.goto("/workspace/responses?from=2026-13-40");
      await checkAxe(page, "responses, with a bad filter");

      await page.goto("/workspace/themes");
      await checkAxe(page, "themes");
      await loaded(page, () => page.getByRole("button", { name: "Add theme" }).click());
      await checkAxe(page, "themes, with errors");
      await page.goto("/workspace/themes/help-that-worked");
      await checkAxe(page, "edit a theme");

      await page.goto("/workspace");
      expect(await page.locator("[data-top-themes] tbody tr").count()).toBeGreaterThan(0);
    });
  });
});
