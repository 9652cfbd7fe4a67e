import { expect } from "vitest";
import { answerKind } from "../../../server/domain/surveys/answer-kind";
import { bundledSurveys } from "../../../server/surveys/bundled-surveys";
import type { TestServer } from "../../browser/support/server";
import { must, type Officer } from "./officers";
import { FORMULA_PAYLOADS, payloadBundle, SCRIPT_PAYLOADS } from "./payloads";

/** Choice answers that make each survey show its free-text questions (`showIf`). */
const OPENERS: Record<string, Record<string, unknown>> = {
  "feeling-safe": { "unsafe-places": ["park"] },
  "parents-carers": { "got-help": "quickly", "been-worried": "yes" },
};

/** A possible disclosure the analysis flags, so the payloads reach the safeguarding queue too. */
export const DISCLOSURE = "a man at the bus station makes me carry packages and says I owe him";

async function submit(server: TestServer, surveyId: string, answers: Record<string, unknown>) {
  const res = await fetch(`${server.url}/api/surveys/${surveyId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.origin },
    body: JSON.stringify({ locale: "en", answers }),
  });
  expect(res.status, `${surveyId}: ${await res.clone().text()}`).toBe(201);
}

/**
 * One response to every survey with payloads in every free-text question; twelve quick-feedback
 * answers (enough to publish a theme at k = 10); and two possible disclosures carrying payloads.
 */
export async function submitPayloadResponses(server: TestServer): Promise<number> {
  let fields = 0;
  for (const survey of bundledSurveys) {
    const answers: Record<string, unknown> = { ...OPENERS[survey.id] };
    for (const question of survey.questions) {
      if (answerKind(question) !== "text") continue;
      const max =
        "maxLength" in question && typeof question.maxLength === "number" ? question.maxLength : 200;
      answers[question.id] = payloadBundle(fields++ * 3, max);
    }
    await submit(server, survey.id, answers);
  }
  for (let i = 0; i < 12; i++) {
    await submit(server, "quick-feedback", { "one-thing": payloadBundle(i, 200, SCRIPT_PAYLOADS) });
  }
  await submit(server, "quick-feedback", { "one-thing": `${DISCLOSURE} ${payloadBundle(14, 120)}` });
  await submit(server, "staying-safe", { "anything-else": `${DISCLOSURE} ${payloadBundle(0, 900)}` });
  return fields;
}

/** A request to talk to someone with a payload in each field. */
export async function sendContactRequest(server: TestServer) {
  const res = await fetch(`${server.url}/talk-to-someone/send`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.origin },
    body: new URLSearchParams({
      how: payloadBundle(0, 200),
      when: payloadBundle(5, 200),
      message: payloadBundle(9, 2000),
    }),
  });
  expect(res.status).toBe(200);
}

/** Paper forms whose free-text cells carry payloads, imported through the API. */
export async function importPaperForms(analyst: Officer) {
  const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = ["one-thing", ...[0, 6, 12].map((i) => cell(payloadBundle(i, 200)))];
  const report = await must<{ accepted: number[] }>(
    analyst,
    "/api/workspace/surveys/quick-feedback/import",
    { body: rows.join("\r\n"), type: "text/csv" },
    200,
  );
  expect(report.accepted).toEqual([2, 3, 4]);
}

export type Codebook = { themeIds: string[]; actionIds: string[] };

/** Themes, codes, quotes and actions whose every officer-typed field carries payloads. */
export async function buildCodebook(analyst: Officer): Promise<Codebook> {
  const labels = [
    "<script>window.__xss=1</script>",
    FORMULA_PAYLOADS[0].slice(0, 80),
    '"><img src=x onerror=xssHit(21)>',
  ];
  const themeIds: string[] = [];
  for (const [i, label] of labels.entries()) {
    const theme = await must<{ id: string }>(analyst, "/api/themes", {
      json: {
        label,
        description: payloadBundle(i * 4, 500),
        outcomes: ["prepare.voice", "prevent.early"],
        harms: ["cce"],
      },
    });
    themeIds.push(theme.id);
  }
  const { answers } = await must<{ answers: { responseId: string; questionId: string; text: string }[] }>(
    analyst,
    "/api/responses?survey=quick-feedback&limit=100",
    { method: "GET" },
    200,
  );
  const keys = answers.map(({ responseId, questionId }) => ({ responseId, questionId }));
  for (const themeId of themeIds.slice(0, 2)) {
    await must(analyst, "/api/codes/bulk", { json: { answers: keys, themeId } }, 200);
  }
  // Three quotes for the published theme, each a payload-laden piece of a child's answer.
  for (const answer of answers.filter((a) => a.text.includes("xssHit(")).slice(0, 3)) {
    const { responseId, questionId } = answer;
    await must(analyst, `/api/themes/${themeIds[0]}/quotes`, {
      json: { responseId, questionId, text: answer.text.slice(0, 200).trim(), status: "approved" },
    });
  }
  const actionIds: string[] = [];
  const titles = ['"><svg onload=xssHit(22)> Lights <script>window.__xss=1</script>', FORMULA_PAYLOADS[0]];
  for (const [i, title] of titles.entries()) {
    const action = await must<{ id: string }>(analyst, "/api/actions", {
      json: {
        title,
        description: payloadBundle(i * 5, 2000),
        childSummary: payloadBundle(i * 5 + 2, 300),
        agency: "council",
        owningTeam: i === 0 ? "</textarea><script>xssHit(23)</script> team" : FORMULA_PAYLOADS[2],
        status: "in-progress",
        themes: [themeIds[0]],
        outcomes: ["prepare.voice"],
        translations: { pl: { title: "<script>xssHit(24)</script>", childSummary: payloadBundle(3, 300) } },
      },
    });
    await must(analyst, `/api/actions/${action.id}/updates`, { json: { note: payloadBundle(i + 7, 1000) } });
    actionIds.push(action.id);
  }
  return { themeIds, actionIds };
}

/** Notes with payloads on every safeguarding item and contact request. */
export async function writeSafeguardingNotes(
  lead: Officer,
): Promise<{ items: string[]; contacts: string[] }> {
  const { items } = await must<{ items: { id: string }[] }>(
    lead,
    "/api/safeguarding/items?status=all",
    { method: "GET" },
    200,
  );
  const { requests } = await must<{ requests: { id: string }[] }>(
    lead,
    "/api/safeguarding/contact-requests?status=all",
    { method: "GET" },
    200,
  );
  for (const { id } of items) {
    await must(lead, `/api/safeguarding/items/${id}/notes`, { json: { note: payloadBundle(2, 1000) } });
  }
  for (const { id } of requests) {
    await must(lead, `/api/safeguarding/contact-requests/${id}/notes`, {
      json: { note: payloadBundle(8, 1000) },
    });
  }
  return { items: items.map((i) => i.id), contacts: requests.map((r) => r.id) };
}

/** A publication for this quarter with a payload title, published. */
export async function publish(analyst: Officer, period: string): Promise<string> {
  const { id } = await must<{ id: string }>(analyst, "/api/publications", {
    json: { period, title: '<script>xssHit(25)</script> "><img src=x onerror=window.__xss=1>' },
  });
  await must(analyst, `/api/publications/${id}/publish`, { method: "POST" }, 200);
  return id;
}
