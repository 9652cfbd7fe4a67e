import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkAxe } from "./support/axe";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import { toNextPage } from "./support/navigation";
import { createWithCli as createWithCli_, firstAdminSignIn, submitButton } from "./support/workspace";

const suite = useBrowserSuite();
const EMAIL = "first-admin@example.org";

const createWithCli = (email: string, role: string, password: string) =>
  createWithCli_(suite, email, role, password);
const submit = submitButton;
const firstSignIn = (page: Page) => firstAdminSignIn(page, EMAIL, "temporary passphrase");

describe("users, surveys and paper import in Chromium, without JavaScript", () => {
  it("an admin made with the CLI signs in, adds an analyst, closes a survey and checks a paper file; every page axe-clean", async () => {
    await createWithCli(EMAIL, "admin", "temporary passphrase");
    await inGuardedContext(suite, "no-js", async (page) => {
      await firstSignIn(page);

      await page.goto("/workspace/users");
      await checkAxe(page, "users");
      await toNextPage(page, () => page.getByRole("link", { name: "Add a user" }).click());
      await checkAxe(page, "add a user");
      await submit(page, "Add user");
      await checkAxe(page, "add a user, with errors");
      await page.fill("#email", "officer@example.org");
      await page.getByLabel("engagement officer").check();
      await page.fill("#password", "a temporary one for them");
      await submit(page, "Add user");
      expect(await page.locator(".notice").textContent()).toContain("The user was added.");
      await checkAxe(page, "users, after adding");

      await toNextPage(page, () => page.getByRole("link", { name: "Manage officer@example.org" }).click());
      await checkAxe(page, "manage a user");
      await page.fill("#password", "short");
      await submit(page, "Reset password");
      await checkAxe(page, "manage a user, with an error");

      await page.goto("/workspace/surveys");
      await checkAxe(page, "surveys");
      await submit(page, "Close Quick feedback");
      expect(await page.locator(".notice").textContent()).toContain("Quick feedback is closed.");
      await checkAxe(page, "surveys, after closing");

      await toNextPage(page, () =>
        page.getByRole("link", { name: "Import paper forms Quick feedback" }).click(),
      );
      await checkAxe(page, "import");
      await page.setInputFiles("#file", {
        name: "forms.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("know-more,one-thing\nyes,More games\nmaybe,\n"),
      });
      await submit(page, "Upload");
      expect(await page.locator(".admin-problems tbody tr").count()).toBe(1);
      await checkAxe(page, "import report");

      await page.goto("/s/quick-feedback");
      expect(await page.locator("main").textContent()).toContain("This survey is closed.");
      await checkAxe(page, "closed survey");
    });
  });
});
