import type { Page } from "playwright-core";
import { planAnswer, readQuestionPage } from "../../browser/support/complete-survey";
import { payloadBundle, SHOWS_PAYLOAD } from "./payloads";
import { injectedMarkup, visibleText } from "./tripwires";

const OLD = "data-xss-old-main";

/** Does `action` and waits for the next page, whether loaded whole or swapped in by the journey's script. */
async function nextPage(page: Page, action: () => Promise<unknown>) {
  await page.evaluate((attr) => document.querySelector("main")?.setAttribute(attr, ""), OLD);
  await action();
  await page.waitForFunction(
    (attr) => {
      const main = document.querySelector("main");
      return main !== null && !main.hasAttribute(attr) && document.readyState === "complete";
    },
    OLD,
    { timeout: 10_000 },
  );
}

/**
 * A shared-device journey at `/k/:survey?event=...` with payloads typed into every text question,
 * then back from the check page into the longest answer (its textarea holds `</textarea>...`) and on
 * to the receipt. Every page is checked for injected markup; pages showing answers must show them.
 */
export async function walkKiosk(page: Page, surveyId: string, event: string) {
  const problems: string[] = [];
  let pages = 0;
  const check = async (what: string, shows: boolean) => {
    pages++;
    for (const found of await injectedMarkup(page)) problems.push(`${what}: ${found}`);
    if (shows && !SHOWS_PAYLOAD.test(await visibleText(page))) problems.push(`${what}: no payload shown`);
  };
  const button = (name: string) => page.getByRole("button", { name, exact: true });

  await page.goto(`/k/${surveyId}?event=${encodeURIComponent(event)}`);
  await check("kiosk start", false);
  if ((await page.locator('input[name="event"]').inputValue()) !== event)
    problems.push("event label changed");
  await nextPage(page, () => button("Start now").click());
  for (let index = 0; index < 40; index++) {
    const question = await readQuestionPage(page);
    if (!question) break;
    const { field } = question;
    if (field.kind === "text" || field.kind === "long-text") {
      await page.locator(`[id="${field.id}"]`).fill(payloadBundle(index * 2, field.maxLength));
    } else {
      const answer = planAnswer(field);
      if ("ids" in answer) for (const id of answer.ids) await page.locator(`[id="${id}"]`).check();
    }
    await nextPage(page, () => button("Continue").click());
    await check(`after question ${index + 1}`, false);
  }
  await check("check answers", true);
  // Back into a free-text answer: the field is filled in with what was typed, payloads and all.
  const row = page.locator(".summary-list__row", { hasText: "</textarea>" }).last();
  await nextPage(page, () => row.locator("a").first().click());
  await check("changing an answer", true);
  await nextPage(page, () => button("Save and go back to your answers").click());
  await check("check answers again", true);
  await nextPage(page, () => button("Send my answers").click());
  await check("confirmation", false);
  return { pages, problems };
}

/**
 * The contact form sent with a message over its limit: the page comes back with what was typed
 * (payloads and all) in the fields, for the person to shorten.
 */
export async function sendOverlongContact(page: Page) {
  await page.goto("/talk-to-someone");
  await page.fill("#contact-how", payloadBundle(0, 200));
  await page.fill("#contact-when", payloadBundle(4, 200));
  // Past the 2000-character limit (maxlength is only a hint the server does not rely on).
  await page.evaluate(() => document.querySelector("#contact-message")?.removeAttribute("maxlength"));
  await page.fill("#contact-message", `${payloadBundle(8, 1000)} ${"x".repeat(1500)}`);
  await nextPage(page, () => page.locator("main form button[type=submit]").click());
  return {
    markup: await injectedMarkup(page),
    fields: await page.evaluate(() =>
      ["#contact-how", "#contact-when", "#contact-message"].map(
        (id) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(id)?.value ?? "",
      ),
    ),
  };
}
