import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { quarterOf } from "../../server/domain/periods/period";
import { countSentences } from "../crawl/count-sentences";
import { countsInHtml, smallCounts } from "../crawl/published-numbers";
import { checkAxe } from "./support/axe";
import { inGuardedContext, useBrowserSuite } from "./support/browser-suite";
import { toNextPage } from "./support/navigation";
import { createWithCli, signInWithPassword, submitButton } from "./support/workspace";

// The board report's page, its A4 print to PDF and its DOCX download are driven in Chromium by
// workspace-report.test.ts; this file follows "you said, we did" from coding to the public pages.

const suite = useBrowserSuite();
const EMAIL = "engagement@example.org";
const K = 10;
const period = quarterOf(new Date()).id;

const CLUBS = [
  "Open the youth club on Saturdays as well please",
  "More free football sessions in the holidays",
  "A music studio at the youth centre would be amazing",
  "Somewhere warm to go after school that is not the shops",
  "Bring back the summer scheme at the leisure centre",
  "The skate park needs a shelter so we can go when it rains",
  "A girls only sports night would help my friends come",
  "The youth club closes too early on Fridays",
  "More trips like the one to the climbing wall",
  "Let us help plan what the youth club does",
  "Free gym sessions for teenagers at the weekend",
  "Cheaper tickets for the swimming pool in the summer",
];
const DARK = [
  "The bus stop by the canal has no light at night",
  "Buses stop too early so we walk home in the dark",
  "The underpass near the station is scary after dark",
  "More lights on the path from the bus station",
  "Drivers should wait until you are inside at night",
  "The last bus is always packed and rowdy",
  "Street lights on the estate are broken again",
  "I would feel safer with a help point at the station",
  "Taxis cost too much so people walk home alone",
  "The train station car park is really dark",
  "Walking back from practice in winter feels unsafe",
];
const APPROVED = ["A music studio at the youth centre", CLUBS[6] as string, DARK[0] as string];
const REJECTED = CLUBS[3] as string;
const CLUBS_THEME = "Youth clubs and things to do";
const DARK_THEME = "Transport and travel after dark";
const ACTION = "Saturday opening at the youth club";
const CHILD_SUMMARY = "The youth club will open on Saturdays too, from next month.";

async function submit(surveyId: string, answers: Record<string, string>) {
  const res = await fetch(`${suite.server.url}/api/surveys/${surveyId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "en", answers }),
  });
  expect(res.status).toBe(201);
}

/** Ticks the answers with these texts on the responses page and applies one theme to them all. */
async function codeInBulk(page: Page, texts: readonly string[], theme: string) {
  for (const text of texts) {
    await page.locator("article.answer-card", { hasText: text }).getByLabel("Select this answer").check();
  }
  await page.getByLabel("Theme to apply").selectOption({ label: theme });
  await submitButton(page, "Apply to selected answers");
  await expect.poll(() => page.getByText(`The theme was added to ${texts.length} answers.`).count()).toBe(1);
}

/** Approves one answer on a theme's quotes page, as `excerpt` (the whole answer or a run of its words). */
async function approveQuote(page: Page, answer: string, excerpt: string) {
  const card = page.locator("li.answer-card", { hasText: answer });
  await card.getByLabel("Excerpt to publish").fill(excerpt);
  await toNextPage(page, () => card.getByRole("button", { name: "Approve this quote" }).click());
  expect(await page.getByText("The decision was saved.").count()).toBe(1);
}

/** What a reader of the public page must see, and must not. */
async function expectPublished(page: Page, label: string, reader: "adult" | "child") {
  const main = page.locator("main");
  for (const theme of [CLUBS_THEME, DARK_THEME]) {
    expect(await main.getByRole("heading", { level: 3, name: theme }).count()).toBeGreaterThan(0);
  }
  for (const quote of APPROVED) expect(await main.getByText(`“${quote}”`).count()).toBe(1);
  expect(await main.getByText(REJECTED).count()).toBe(0);
  expect(await main.getByText(ACTION).count()).toBeGreaterThan(0);
  if (reader === "child") expect(await main.getByText(CHILD_SUMMARY).count()).toBeGreaterThan(0);
  const html = await page.content();
  const counts = countsInHtml(html, label, countSentences("en"));
  expect(counts.map((c) => c.value)).toContain(CLUBS.length);
  expect(smallCounts(counts, K)).toEqual([]);
  expect(await main.getByText(`<${K}`).count()).toBeGreaterThan(0);
  await checkAxe(page, label);
}

describe('"you said, we did" in Chromium', () => {
  it("an analyst codes, chooses quotes, records an action and publishes; the public pages show it", async () => {
    await createWithCli(suite, EMAIL, "analyst", "temporary passphrase");
    for (const text of [...CLUBS, ...DARK]) await submit("quick-feedback", { "one-thing": text });
    // Three children: a group below k, which must show as "<10" and never as 3.
    for (let i = 0; i < 3; i++) await submit("feeling-safe", { "safe-at-school": "safe" });

    await inGuardedContext(suite, "js", async (page) => {
      await signInWithPassword(page, EMAIL, "temporary passphrase");
      await page.fill("#password", "my own long passphrase");
      await submitButton(page, "Save password");

      await page.goto("/workspace/responses");
      await codeInBulk(page, CLUBS, CLUBS_THEME);
      await codeInBulk(page, DARK, DARK_THEME);

      await page.goto("/workspace/publishing/quotes?theme=youth-clubs-things-to-do");
      await approveQuote(page, CLUBS[2] as string, APPROVED[0] as string);
      await approveQuote(page, CLUBS[6] as string, CLUBS[6] as string);
      const rejected = page.locator("li.answer-card", { hasText: REJECTED });
      await toNextPage(page, () => rejected.getByRole("button", { name: "Reject" }).click());
      expect(await page.locator("li.answer-card", { hasText: REJECTED }).getByText("Rejected").count()).toBe(
        1,
      );
      await page.goto("/workspace/publishing/quotes?theme=transport-after-dark");
      await approveQuote(page, DARK[0] as string, DARK[0] as string);

      await page.goto("/workspace/actions/new");
      await page.fill("#title", ACTION);
      await page.fill(
        "#description",
        "The youth club opens on Saturday afternoons, free, with a youth worker.",
      );
      await page.fill("#childSummary", CHILD_SUMMARY);
      await page.getByLabel("Voluntary sector", { exact: true }).check();
      await page.fill("#owningTeam", "Youth Club Partnership");
      await page.getByLabel("In progress", { exact: true }).check();
      await page.getByLabel(CLUBS_THEME, { exact: true }).check();
      await submitButton(page, "Save action");
      expect(await page.getByText("The action was added.").count()).toBe(1);

      await page.goto("/workspace/publications");
      await page.fill("#period", period);
      await submitButton(page, "Make a draft");
      const publication = new URL(page.url()).pathname;
      await toNextPage(page, () => page.getByRole("link", { name: "Preview for adults" }).click());
      expect(await page.getByText("“A music studio at the youth centre”").count()).toBe(1);
      await page.goto(publication);
      await submitButton(page, "Publish version 1");
      expect(await page.getByText("Version 1 is published.").count()).toBe(1);

      await page.goto("/you-said-we-did");
      await expectPublished(page, "public page, JavaScript on", "adult");
      await toNextPage(page, () =>
        page
          .getByRole("link", { name: /children/i })
          .first()
          .click(),
      );
      expect(new URL(page.url()).search).toContain("for=child");
      await expectPublished(page, "children's version, JavaScript on", "child");
    });

    await inGuardedContext(suite, "no-js", async (page) => {
      await page.goto("/you-said-we-did");
      await expectPublished(page, "public page, JavaScript off", "adult");
      await page.goto("/you-said-we-did?for=child");
      await expectPublished(page, "children's version, JavaScript off", "child");
    });
  });
});
