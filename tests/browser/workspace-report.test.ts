import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { quarterOf } from "../../server/domain/periods/period";
import { zipEntries } from "../../server/routes/workspace/report/zip-entries";
import { checkAxe } from "./support/axe";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import { createWithCli, signInWithPassword, submitButton } from "./support/workspace";

const suite = useBrowserSuite();
const EMAIL = "board@example.org";
const period = quarterOf(new Date()).id;

async function submit(surveyId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${suite.server.url}/api/surveys/${surveyId}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "en", answers: {} }),
    });
    expect(res.status).toBe(201);
  }
}

describe("the board report in Chromium", () => {
  it("a board member reads it, prints it to an A4 PDF a page per outcome, and downloads it for Word", async () => {
    await createWithCli(suite, EMAIL, "viewer", "temporary passphrase");
    await submit("quick-feedback", 12);
    await submit("feeling-safe", 2);
    // Hidden with the 2, as the next smallest, so the 2 cannot be worked out from the total.
    await submit("parents-carers", 11);

    await inGuardedContext(suite, "js", async (page) => {
      await signInWithPassword(page, EMAIL, "temporary passphrase");
      await page.fill("#password", "my own long passphrase");
      await submitButton(page, "Save password");
      await page.goto(`/workspace/reports/board?period=${period}`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(`Board report: ${period}`);
      const firstCell = (audience: RegExp) =>
        page.getByRole("row", { name: audience }).getByRole("cell").first().textContent();
      expect(await firstCell(/Everyone in the community/)).toBe("12");
      expect(await firstCell(/Children aged 8 to 12/)).toBe("<10");
      expect(await firstCell(/Parents and carers/)).toBe("[c]");
      await checkAxe(page, "board report");

      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".workspace-nav").isVisible()).toBe(false);
      expect(await page.locator("#period").isVisible()).toBe(false);
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // The summary, then each of the eight outcomes on a page of its own.
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(9);
      await page.emulateMedia({ media: "screen" });

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Word document (DOCX)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`heard-board-report-${period}.docx`);
      const path = await download.path();
      const xml = new TextDecoder().decode(
        zipEntries(new Uint8Array(await readFile(path))).get("word/document.xml"),
      );
      expect(xml).toContain(
        "Offending is tackled and minimised through prosecution, disruption and law enforcement",
      );
    });
  });
});
