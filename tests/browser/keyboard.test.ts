import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./support/browser-suite";
import { type Mode, openContext } from "./support/chromium";
import { planAnswer, readQuestionPage } from "./support/complete-survey";
import { activeElement, type Focused, type FocusLog, nameOf, tab, tabUntil } from "./support/keyboard";
import { headingOf, toNextPage } from "./support/navigation";
import { lookUpReceipt } from "./support/server";

// Keyboard only: Tab, Shift+Tab, arrows, Space, Enter and typing. No click(), no fill().
const SURVEY = "feeling-safe";

const suite = useBrowserSuite();

// Hrefs may carry a query (the help page is tailored with ?for=<audience>), so match the path.
const pathOf = (href: string) => href.split(/[?#]/)[0];
const isHelp = (f: Focused) => f.tag === "a" && pathOf(f.href) === "/help" && f.text === "Get help now";
const isExit = (f: Focused) => f.tag === "a" && pathOf(f.href) === "/exit" && f.text === "Exit this page";
const isSkipLink = (f: Focused) => f.tag === "a" && f.href === "#main" && f.text === "Skip to main content";
const isButton = (label: string) => (f: Focused) => f.tag === "button" && f.text === label;

/**
 * On a freshly loaded page the first Tab stop is the skip link (GOV.UK's "Exit this page" pattern
 * may put its hidden quick-exit link first, so a link to /exit is allowed just before it), and
 * using the skip link puts focus on <main>. Then, from <main>, Shift+Tab reaches both "Get help
 * now" and "Exit this page", in whatever order the header has them.
 */
async function checkPageFrame(page: Page, log: FocusLog, freshLoad: boolean) {
  if (freshLoad) {
    const first = await tab(page, log);
    const skip =
      !isSkipLink(first) && first.tag === "a" && pathOf(first.href) === "/exit"
        ? await tab(page, log)
        : first;
    expect(isSkipLink(skip), `first Tab stop on ${page.url()} is the skip link, got ${nameOf(first)}`).toBe(
      true,
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => activeElement(page).then((a) => a.id)).toBe("main");
  } else {
    // A swapped-in page puts focus on <main> (or its error summary), as a new page load would start there.
    expect((await activeElement(page)).id, `focus after the page swap on ${page.url()}`).toBe("main");
  }
  const reached = { help: false, exit: false };
  await tabUntil(
    page,
    log,
    (f) => {
      reached.help ||= isHelp(f);
      reached.exit ||= isExit(f);
      return reached.help && reached.exit;
    },
    '"Get help now" and "Exit this page"',
    { back: true, max: 30 },
  );
}

/** Answers the question on this page with the keyboard: arrows for radios, Space for checkboxes, typing for text. */
async function answerByKeyboard(page: Page, log: FocusLog) {
  const question = await readQuestionPage(page);
  if (!question) throw new Error(`not a question page: ${page.url()}`);
  const { field } = question;
  const answer = planAnswer(field);
  if (field.kind === "radio") {
    if (!("ids" in answer)) throw new Error("radio answer without ids");
    const target = field.options.findIndex((o) => o.id === answer.ids[0]);
    const entered = await tabUntil(
      page,
      log,
      (f) => f.type === "radio" && f.name === "answer",
      "the radio group",
    );
    // Tab enters a radio group at its first (or checked) radio; arrows move through it and choose.
    let at = field.options.findIndex((o) => o.id === entered.id);
    await page.keyboard.press("ArrowDown");
    at = (at + 1) % field.options.length;
    while (at !== target) {
      await page.keyboard.press(at > target ? "ArrowUp" : "ArrowDown");
      at += at > target ? -1 : 1;
    }
    await page.keyboard.press("Space");
    const chosen = await page.locator('main input[type="radio"]:checked').getAttribute("id");
    expect(chosen, `radio chosen on "${question.heading}"`).toBe(answer.ids[0]);
    expect((await activeElement(page)).id).toBe(answer.ids[0]);
  } else if (field.kind === "checkbox") {
    if (!("ids" in answer)) throw new Error("checkbox answer without ids");
    for (const id of answer.ids) {
      await tabUntil(page, log, (f) => f.id === id, `checkbox #${id}`);
      await page.keyboard.press("Space");
      expect(await page.locator(`[id="${id}"]`).isChecked(), `#${id} ticked with Space`).toBe(true);
    }
  } else {
    if (!("text" in answer)) throw new Error("text field without text");
    if (field.kind !== "text" && field.kind !== "long-text") throw new Error("text answer on a choice field");
    const fieldId = field.id;
    await tabUntil(page, log, (f) => f.id === fieldId, `the text field #${fieldId}`);
    await page.keyboard.type(answer.text);
    expect(await page.locator(`[id="${fieldId}"]`).inputValue()).toBe(answer.text);
  }
  return question;
}

describe.each([
  { mode: "js" as Mode, label: "on" },
  { mode: "no-js" as Mode, label: "off" },
])("keyboard only, JavaScript $label", ({ mode }) => {
  it(`completes ${SURVEY} with visible focus on every stop and help/exit reachable on every page`, async () => {
    const guarded = await openContext(suite.browser, suite.server.url, mode);
    const log: FocusLog = [];
    try {
      const page = await guarded.newPage();
      await page.goto(`/s/${SURVEY}`);
      await checkPageFrame(page, log, true);
      await tabUntil(page, log, isButton("Start now"), '"Start now"');
      await toNextPage(page, () => page.keyboard.press("Enter"));

      const headings: string[] = [];
      for (let i = 0; ; i++) {
        if (i > 30) throw new Error("more than 30 question pages");
        if (!(await readQuestionPage(page))) break;
        await checkPageFrame(page, log, mode === "no-js");
        const question = await answerByKeyboard(page, log);
        headings.push(question.heading);
        await tabUntil(page, log, isButton("Continue"), '"Continue"');
        await toNextPage(page, () => page.keyboard.press("Enter"));
        expect(await page.locator("[data-error-summary]").count(), `"${question.heading}" accepted`).toBe(0);
      }
      expect(headings.length).toBeGreaterThan(5);

      expect(await headingOf(page)).toBe("Check your answers");
      await checkPageFrame(page, log, mode === "no-js");
      // Every Change link on the way to Send is a Tab stop with a visible focus indicator.
      const changes = await page.locator(".summary-list__actions a").count();
      const before = log.length;
      await tabUntil(page, log, isButton("Send my answers"), '"Send my answers"', { max: changes + 10 });
      expect(log.slice(before).filter((name) => name.includes('"Change')).length).toBe(changes);
      await toNextPage(page, () => page.keyboard.press("Enter"));

      const receipt = (await page.locator("[data-receipt]").textContent())?.trim() ?? "";
      expect(receipt).not.toBe("");
      await checkPageFrame(page, log, mode === "no-js");
      expect((await lookUpReceipt(suite.server, receipt)).body).toMatchObject({
        status: "submitted",
        surveyId: SURVEY,
      });
      expect(guarded.foreignRequests).toEqual([]);
    } catch (error) {
      // Where focus went is the most useful thing to know when a keyboard journey fails.
      throw new Error(`${(error as Error).message}\nFocus path (last 15): ${log.slice(-15).join(" → ")}`, {
        cause: error,
      });
    } finally {
      await guarded.close();
    }
  });
});

describe("keyboard only, JavaScript on: in-page links", () => {
  it("the skip link on a swapped-in page moves focus to <main> without reloading it or losing a choice", async () => {
    const guarded = await openContext(suite.browser, suite.server.url, "js");
    const log: FocusLog = [];
    try {
      const page = await guarded.newPage();
      await page.goto(`/s/${SURVEY}`);
      await tabUntil(page, log, isButton("Start now"), '"Start now"');
      await toNextPage(page, () => page.keyboard.press("Enter"));
      const radio = await tabUntil(page, log, (f) => f.type === "radio", "the first radio");
      await page.keyboard.press("ArrowDown");
      const chosen = await page.locator('main input[type="radio"]:checked').getAttribute("id");
      expect(chosen).not.toBe(radio.id);

      const before = guarded.requests.length;
      await tabUntil(page, log, isSkipLink, "the skip link", {
        back: true,
        max: 30,
      });
      await page.keyboard.press("Enter");
      await expect.poll(() => activeElement(page).then((a) => a.id)).toBe("main");
      // A popstate handler once refetched the page here, wiping the choice and moving focus.
      await page.waitForTimeout(300);
      expect(guarded.requests.slice(before).map((r) => `${r.method} ${r.url}`)).toEqual([]);
      expect((await activeElement(page)).id).toBe("main");
      expect(await page.locator('main input[type="radio"]:checked').getAttribute("id")).toBe(chosen);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nFocus path (last 15): ${log.slice(-15).join(" → ")}`, {
        cause: error,
      });
    } finally {
      await guarded.close();
    }
  });
});

describe("keyboard only, JavaScript on: the Shift ×3 quick exit", () => {
  it("leaves on Shift pressed 3 times on its own, but not on Shift+Tab or capital letters typed in an answer", async () => {
    const guarded = await openContext(suite.browser, suite.server.url, "js");
    try {
      const page = await guarded.newPage();
      // /exit deletes the draft and redirects off-site; here it only needs to be reached.
      const exits: string[] = [];
      await page.route("**/exit", (route) => {
        exits.push(route.request().url());
        return route.fulfill({ status: 200, contentType: "text/html", body: "<title>left</title>" });
      });
      await page.goto(`/s/${SURVEY}`);
      for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+Tab");
      for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
      await page.keyboard.type("I Am OK At The Park");
      await page.waitForTimeout(100);
      expect(exits, "Shift+Tab and capitals are not a quick exit").toEqual([]);
      expect(new URL(page.url()).pathname).toBe(`/s/${SURVEY}`);

      const left = page.waitForURL("**/exit");
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await left;
      expect(exits).toHaveLength(1);
    } finally {
      await guarded.close();
    }
  });
});
