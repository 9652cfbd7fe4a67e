import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportCommand } from "../../server/cli/report";
import { quarterOf } from "../../server/domain/periods/period";
import { checkExports } from "../security/xss/exports";
import { sendOverlongContact, walkKiosk } from "../security/xss/kiosk-walk";
import { addOfficer, type Officer } from "../security/xss/officers";
import { HIT_PAYLOADS, payloadBundle, SCRIPT_PAYLOADS } from "../security/xss/payloads";
import {
  buildCodebook,
  type Codebook,
  importPaperForms,
  publish,
  sendContactRequest,
  submitPayloadResponses,
  writeSafeguardingNotes,
} from "../security/xss/seed";
import { type Role, runTour } from "../security/xss/tour";
import { injectedMarkup, trippedContext } from "../security/xss/tripwires";
import { useBrowserSuite } from "./support/browser-suite";
import { readDatabase } from "./support/database";

// Issue 8, "Attack": stored XSS. Payloads go into every free-text field children and families can
// fill in (every text question of every survey, the contact form, a kiosk event label, paper-form
// cells) and every field officers type (themes, actions, notes, quotes, publication title). Then
// every page that shows them is opened in Chromium as the role that may see it, with tripwires:
// a binding each payload calls, a setter trap on window.__xss, dialogs, and CSP violation reports.
// Each page is opened twice: with the CSP on, and with it switched off, so escaping alone must hold.

const suite = useBrowserSuite();
const period = quarterOf(new Date()).id;

let officers: Record<Role, Officer>;
let codebook: Codebook;
let publicationId: string;
let queue: { items: string[]; contacts: string[] };
let formulaOfficer: Officer;

beforeAll(async () => {
  officers = {
    admin: await addOfficer(suite, "admin@example.org", "admin"),
    analyst: await addOfficer(suite, "analyst@example.org", "analyst"),
    safeguarding: await addOfficer(suite, "lead@example.org", "safeguarding"),
    viewer: await addOfficer(suite, "board@example.org", "viewer"),
  };
  // An address that is also a spreadsheet formula: it lands in the audit log's actor column.
  formulaOfficer = await addOfficer(suite, "-2+3@example.org", "viewer");
  await submitPayloadResponses(suite.server);
  await sendContactRequest(suite.server);
  await importPaperForms(officers.analyst);
  codebook = await buildCodebook(officers.analyst);
  queue = await writeSafeguardingNotes(officers.safeguarding);
  publicationId = await publish(officers.analyst, period);
}, 180_000);

const tour = (bypassCsp: boolean) =>
  runTour({
    browser: suite.browser,
    serverUrl: suite.server.url,
    sessions: {
      admin: officers.admin.session,
      analyst: officers.analyst.session,
      safeguarding: officers.safeguarding.session,
      viewer: officers.viewer.session,
    },
    seeded: { codebook, publicationId, queue, period },
    bypassCsp,
    interactions: bypassCsp,
  });

describe("stored XSS payloads in Chromium", () => {
  it("the tripwires go off when the payloads are let loose unescaped, and the CSP reports what it blocks", async () => {
    // One document per payload (an unclosed <iframe> or <style> would swallow the ones after it).
    const open = async (bypassCsp: boolean) => {
      const wires = await trippedContext(suite.browser, suite.server.url, { bypassCsp });
      const page = await wires.context.newPage();
      await page.route("**/xss-control/*", (route) =>
        route.fulfill({
          contentType: "text/html",
          headers: { "content-security-policy": "script-src 'self' 'nonce-control'; object-src 'none'" },
          body: `<!doctype html><title>control</title><body>${SCRIPT_PAYLOADS[Number(route.request().url().split("/").pop())]}</body>`,
        }),
      );
      const caught: string[] = [];
      for (const [i, payload] of SCRIPT_PAYLOADS.entries()) {
        const before = wires.hits.length + wires.violations.length;
        await page.goto(`/xss-control/${i}`, { waitUntil: "load" });
        // Handlers such as ontoggle and srcdoc frames run just after load.
        await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
        const markup = await injectedMarkup(page);
        if (wires.hits.length + wires.violations.length > before || markup.length > 0) caught.push(payload);
      }
      await wires.context.close();
      return { ...wires, caught };
    };
    // Plain text is only dangerous inside an attribute or a template, which the stored-text pages test.
    const markupPayloads = SCRIPT_PAYLOADS.filter((p) => p.includes("<"));
    const bare = await open(true);
    expect(bare.caught).toEqual(markupPayloads);
    expect(bare.hits).toEqual(
      expect.arrayContaining(["xssHit(1) on /xss-control/0", "alert(12) on /xss-control/11"]),
    );
    expect(bare.hits.filter((h) => h.includes("__xss=1"))).toHaveLength(3);
    const behindCsp = await open(false);
    expect(behindCsp.hits).toEqual([]);
    expect(behindCsp.violations.length).toBeGreaterThanOrEqual(bare.hits.length);
  });

  it("reach storage: payloads survive redaction whole in children's answers, and officers' text as typed", () => {
    const stored = readDatabase(suite.server, (db) =>
      db
        .prepare("SELECT value FROM answers WHERE free_text = 1")
        .all()
        .map((row) => String(row.value)),
    ).join("\n");
    const whole = HIT_PAYLOADS.filter((p) => stored.includes(JSON.stringify(p).slice(1, -1)));
    expect(whole).toEqual(HIT_PAYLOADS);
    const labels = readDatabase(suite.server, (db) => db.prepare("SELECT label FROM themes").all()).map(
      (r) => r.label,
    );
    expect(labels).toContain("<script>window.__xss=1</script>");
    // The possible disclosures and the contact request reached the safeguarding lead's pages.
    expect(queue.items.length).toBeGreaterThanOrEqual(2);
    expect(queue.contacts).toHaveLength(1);
  });

  it("a kiosk journey with payloads in the event label and every answer runs none of them, nor the contact form", async () => {
    const wires = await trippedContext(suite.browser, suite.server.url, { bypassCsp: true });
    try {
      const event = '"><svg onload=xssHit(30)><script>window.__xss=1</script>';
      const seen = await walkKiosk(await wires.context.newPage(), "feeling-safe", event);
      expect(seen.problems).toEqual([]);
      expect(seen.pages).toBeGreaterThan(5);
      expect(wires.hits).toEqual([]);
      const labels = readDatabase(suite.server, (db) =>
        db.prepare("SELECT event_label FROM responses WHERE event_label IS NOT NULL").all(),
      ).map((r) => r.event_label);
      expect(labels).toEqual([event]);
      const contact = await sendOverlongContact(await wires.context.newPage());
      expect(contact.markup).toEqual([]);
      expect(contact.fields[0]).toBe(payloadBundle(0, 200));
      expect(contact.fields[2]).toContain("</textarea>");
      expect(wires.hits).toEqual([]);
    } finally {
      await wires.context.close();
    }
  }, 180_000);

  it("every officer and public page keeps them inert with the CSP on, and the CSP never blocks a payload", async () => {
    const { findings, hits, foreign, violations } = await tour(false);
    console.info(`XSS tour with CSP: ${findings.pages} pages, ${violations.length} CSP violation(s)`);
    for (const v of violations) console.info(`  CSP: ${v}`);
    expect(hits).toEqual([]);
    expect(findings.problems).toEqual([]);
    expect(foreign).toEqual([]);
    expect(violations.filter((v) => /xss|alert/i.test(v))).toEqual([]);
  }, 180_000);

  it("and with the CSP switched off, escaping alone keeps every payload inert, also through the pages' scripts", async () => {
    const { findings, hits, foreign } = await tour(true);
    expect(findings.pages).toBeGreaterThan(30);
    expect(hits).toEqual([]);
    expect(findings.problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 180_000);

  it("exports carry the payloads as inert text, and neutralise spreadsheet formulas", async () => {
    const out = await mkdtemp(join(tmpdir(), "heard-xss-"));
    try {
      const html = join(out, "report.html");
      const env = { HEARD_DATA_DIR: dirname(suite.server.dbFile), HEARD_DB: suite.server.dbFile };
      const quiet = { write: () => true };
      const code = await reportCommand(["--period", period, "--format", "html", "--out", html], {
        stdin: process.stdin,
        stdout: quiet,
        stderr: quiet,
        env,
      });
      expect(code).toBe(0);
      await checkExports({
        suite,
        admin: officers.admin,
        analyst: officers.analyst,
        formulaOfficer,
        period,
        publicationId,
        reportHtml: await readFile(html, "utf8"),
      });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
