import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { bundledSurveys } from "../../../server/surveys/bundled-surveys";
import { payloadBundle, SHOWS_PAYLOAD } from "./payloads";
import type { Codebook } from "./seed";
import { injectedMarkup, type Tripwires, trippedContext, visibleText } from "./tripwires";

export type Role = "admin" | "analyst" | "safeguarding" | "viewer";

/** What the seeding made, for the tour to visit. */
export type Seeded = {
  codebook: Codebook;
  publicationId: string;
  queue: { items: string[]; contacts: string[] };
  period: string;
};

/** One page to open: whether it must show a payload as text, and the status it answers with. */
type Visit = { path: string; shows: boolean; status?: number };

/** Every page, per role, that can show something a payload was typed into. */
function tourOf(seeded: Seeded): Record<Role | "public", Visit[]> {
  const { codebook, publicationId, queue, period } = seeded;
  const [theme0, theme1, theme2] = codebook.themeIds;
  const [action0, action1] = codebook.actionIds;
  const reflected = encodeURIComponent(payloadBundle(0, 200));
  const surveys = bundledSurveys.map((s) => s.id);
  return {
    analyst: [
      { path: "/workspace", shows: true },
      ...surveys.map((s) => ({ path: `/workspace/responses?survey=${s}&limit=100`, shows: true })),
      { path: `/workspace/responses?theme=${theme0}`, shows: true },
      { path: "/workspace/themes", shows: true },
      ...[theme0, theme1, theme2].map((id) => ({ path: `/workspace/themes/${id}`, shows: true })),
      { path: "/workspace/actions", shows: true },
      ...[action0, action1].map((id) => ({ path: `/workspace/actions/${id}`, shows: true })),
      { path: "/workspace/publishing/quotes", shows: true },
      { path: `/workspace/publishing/quotes?theme=${theme0}`, shows: true },
      { path: "/workspace/publications", shows: true },
      { path: `/workspace/publications/${publicationId}`, shows: true },
      { path: `/workspace/publications/${publicationId}/preview`, shows: true },
      { path: `/workspace/reports/board?period=${period}`, shows: true },
      { path: "/workspace/surveys", shows: false },
      // Reflected: payloads in the address, shown back in the filter form.
      { path: `/workspace/responses?from=${reflected}`, shows: true, status: 400 },
      { path: `/workspace/responses?survey=${reflected}`, shows: true, status: 400 },
    ],
    viewer: [
      { path: "/workspace", shows: true },
      { path: `/workspace/reports/board?period=${period}`, shows: true },
      { path: `/workspace/publications/${publicationId}/preview`, shows: true },
    ],
    safeguarding: [
      { path: "/workspace", shows: false },
      { path: "/workspace/safeguarding", shows: false },
      ...queue.items.map((id) => ({ path: `/workspace/safeguarding/items/${id}`, shows: true })),
      ...queue.contacts.map((id) => ({
        path: `/workspace/safeguarding/contact-requests/${id}`,
        shows: true,
      })),
    ],
    admin: [
      { path: "/workspace/audit", shows: true },
      { path: `/workspace/audit?actor=${reflected}`, shows: true },
      { path: "/workspace/users", shows: false },
      { path: "/workspace", shows: true },
    ],
    public: [
      { path: "/you-said-we-did", shows: true },
      { path: `/you-said-we-did/${publicationId}`, shows: true },
      { path: `/you-said-we-did/${publicationId}/v/1`, shows: true },
      { path: `/you-said-we-did/${publicationId}?lang=pl`, shows: true },
      { path: `/you-said-we-did/${publicationId}?for=children&lang=en`, shows: true },
      { path: "/you-said-we-did/feed.xml", shows: true },
      { path: `/workspace/sign-in?next=${reflected}`, shows: false },
      { path: `/you-said-we-did/${publicationId}?harm=${reflected}&outcome=${reflected}`, shows: true },
    ],
  };
}

/** What went wrong on the pages of one pass, as readable lines. */
type Findings = { problems: string[]; pages: number };

async function checkPage(page: Page, visit: Visit, who: string, findings: Findings) {
  const res = await page.goto(visit.path, { waitUntil: "load" });
  const label = `${who} ${visit.path.slice(0, 90)}`;
  const status = res?.status() ?? 0;
  if (status !== (visit.status ?? 200)) findings.problems.push(`${label}: HTTP ${status}`);
  for (const found of await injectedMarkup(page)) findings.problems.push(`${label}: ${found}`);
  if (visit.shows && !SHOWS_PAYLOAD.test(await visibleText(page))) {
    findings.problems.push(`${label}: shows no payload as text (was it dropped, or double-escaped?)`);
  }
  findings.pages++;
}

/** One pass over every page of the tour, each role in its own tripped context. */
export async function runTour(options: {
  browser: Browser;
  serverUrl: string;
  sessions: Record<Role, string>;
  seeded: Seeded;
  bypassCsp: boolean;
  /** Also use the pages' scripts and forms, as an analyst would. */
  interactions: boolean;
}) {
  const { browser, serverUrl, bypassCsp } = options;
  const findings: Findings = { problems: [], pages: 0 };
  const all: Tripwires[] = [];
  for (const [who, visits] of Object.entries(tourOf(options.seeded))) {
    const wires = await trippedContext(browser, serverUrl, { bypassCsp });
    all.push(wires);
    if (who !== "public") {
      const value = options.sessions[who as Role];
      await wires.context.addCookies([{ name: "heard_staff", value, url: serverUrl }]);
    }
    const page = await wires.context.newPage();
    for (const visit of visits) await checkPage(page, visit, who, findings);
    if (who === "analyst" && options.interactions) await actAsAnalyst(page, options.seeded);
    await wires.context.close();
  }
  return {
    findings,
    hits: all.flatMap((w) => w.hits),
    foreign: all.flatMap((w) => w.foreign),
    violations: all.flatMap((w) => w.violations),
  };
}

/** What an analyst does with JavaScript on: tick a payload theme (autosave), send forms back. */
async function actAsAnalyst(page: Page, { codebook }: Seeded) {
  const [theme0, , theme2] = codebook.themeIds;
  // Autosave writes the applied themes' labels into the card with the page's own script.
  await page.goto(`/workspace/responses?theme=${theme0}`);
  const box = page.locator(`[data-answer-card] [data-theme-toggle][value="${theme2}"]`).first();
  await box.check();
  await expect
    .poll(() => page.locator("[data-answer-card] [data-card-status]").first().textContent())
    .toBe("Themes saved.");
  expect(await injectedMarkup(page)).toEqual([]);
  // A quote that is not the child's words comes back in the form, as typed.
  await page.goto(`/workspace/publishing/quotes?theme=${theme0}`);
  const excerpt = page.locator("[name=excerpt]").first();
  await excerpt.fill("</textarea><img src=x onerror=xssHit(40)>");
  await Promise.all([
    page.waitForEvent("load"),
    page.locator("form:has([name=excerpt]) button[value=approved]").first().click(),
  ]);
  expect(await page.locator("[name=excerpt]").first().inputValue()).toContain("</textarea><img");
  expect(await injectedMarkup(page)).toEqual([]);
  // Paper forms with payloads where the report repeats what it could not use.
  await page.goto("/workspace/surveys/quick-feedback/import");
  const csv = [
    'one-thing,locale,"<svg onload=xssHit(41)>"',
    '"<script>xssHit(42)</script>","<b onmouseover=xssHit(43)>",x',
  ];
  await page.setInputFiles("#file", {
    name: "forms.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv.join("\r\n")),
  });
  await Promise.all([page.waitForEvent("load"), page.locator("form[enctype] button[type=submit]").click()]);
  expect(await visibleText(page)).toMatch(SHOWS_PAYLOAD);
  expect(await injectedMarkup(page)).toEqual([]);
  const badLocale = ["one-thing,locale", '"<script>xssHit(44)</script>","<b onmouseover=xssHit(45)>"'];
  await page.goto("/workspace/surveys/quick-feedback/import");
  await page.setInputFiles("#file", {
    name: "forms.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(badLocale.join("\r\n")),
  });
  await Promise.all([page.waitForEvent("load"), page.locator("form[enctype] button[type=submit]").click()]);
  expect(await visibleText(page)).toContain("xssHit(45)");
  expect(await injectedMarkup(page)).toEqual([]);
}
