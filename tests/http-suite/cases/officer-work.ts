import { expect, it } from "vitest";
import { browser } from "../browser";
import { officer } from "../officers";
import { type TargetRef, token } from "../target";

type Theme = { id: string; label: string; outcomes: string[]; uses: number };
type Card = {
  responseId: string;
  questionId: string;
  surveyId: string;
  text: string;
  themes: { id: string }[];
};
type Count = { kind: "count"; value: number } | { kind: "suppressed"; display: string };
type Overview = { period: string; k: number | null; total: Count; bySurvey: { key: string; cell: Count }[] };

/** Sends one quick-feedback response with this free text, as a respondent's script would. */
async function submitText(target: TargetRef, text: string) {
  const res = await browser(target()).send("/api/surveys/quick-feedback/responses", {
    json: { answers: { "one-thing": text } },
  });
  expect(res.status).toBe(201);
}

/** The analyst's and the safeguarding lead's everyday work through the officer API. */
export function officerWork(target: TargetRef) {
  it("lists the starter codebook and adds a theme linked to the strategy, refusing a duplicate", async () => {
    const analyst = await officer(target(), "analyst");
    const before = (await (await analyst.get("/api/themes")).json()) as { themes: Theme[] };
    expect(before.themes.map((th) => th.id)).toContain("transport-after-dark");
    const label = `Benches in parks ${token()}`;
    const made = await analyst.send("/api/themes", {
      json: { label, description: "Somewhere to sit", outcomes: ["prepare.voice", "prepare.awareness"] },
    });
    expect(made.status).toBe(201);
    const theme = (await made.json()) as Theme;
    // Stored in the framework's order, whatever order was sent.
    expect(theme).toMatchObject({ label, outcomes: ["prepare.awareness", "prepare.voice"], uses: 0 });
    const again = await analyst.send("/api/themes", { json: { label } });
    expect(again.status).toBe(400);
    const after = (await (await analyst.get("/api/themes")).json()) as { themes: Theme[] };
    expect(after.themes.filter((th) => th.label === label)).toHaveLength(1);
  });

  it("lists free-text answers with filters, codes one, and the codebook counts it", async () => {
    const analyst = await officer(target(), "analyst");
    const word = token();
    await submitText(target, `Longer opening hours at the youth club please, ${word}`);
    const list = async (query: string) => {
      const res = await analyst.get(`/api/responses?${query}`);
      expect([query, res.status]).toEqual([query, 200]);
      return ((await res.json()) as { answers: Card[] }).answers.filter((a) => a.text.includes(word));
    };
    const [card] = await list("survey=quick-feedback&coded=no&audience=community");
    expect(card).toMatchObject({ surveyId: "quick-feedback", questionId: "one-thing", themes: [] });
    expect(await list("survey=staying-safe")).toEqual([]);
    expect((await analyst.get("/api/responses?period=last-summer")).status).toBe(400);
    if (!card) return;

    const label = `Youth club hours ${token()}`;
    const theme = (await (await analyst.send("/api/themes", { json: { label } })).json()) as Theme;
    const coded = await analyst.send(`/api/responses/${card.responseId}/answers/one-thing/codes`, {
      json: { themeId: theme.id },
    });
    expect([coded.status, await coded.json()]).toEqual([200, { themeIds: [theme.id] }]);
    const { themes } = (await (await analyst.get("/api/themes")).json()) as { themes: Theme[] };
    expect(themes.find((th) => th.id === theme.id)?.uses).toBe(1);
    expect((await list(`theme=${theme.id}`)).map((a) => a.responseId)).toEqual([card.responseId]);
    expect(await list("coded=no&survey=quick-feedback")).toEqual([]);
    expect(await list("coded=yes")).toHaveLength(1);
  });

  it("opens a sealed disclosure for the lead only, with the opening on the audit log", async () => {
    const words = `they make me hold stuff for them and say I owe them, case ${token()}`;
    const sent = await browser(target()).send("/api/surveys/staying-safe/responses", {
      json: { answers: { "anything-else": words } },
    });
    expect(await sent.json()).toMatchObject({ showHelp: true });

    const lead = await officer(target(), "safeguarding");
    const queue = await lead.get("/api/safeguarding/items");
    const { items, total } = (await queue.json()) as {
      items: { id: string; surveyId: string; status: string }[];
      total: number;
    };
    expect(total).toBeGreaterThanOrEqual(1);
    const mine = items.filter((i) => i.surveyId === "staying-safe");
    expect(mine).toHaveLength(1);
    const id = mine[0]?.id ?? "";
    expect(mine[0]).toMatchObject({ status: "new" });
    const opened = await lead.get(`/api/safeguarding/items/${id}`);
    expect(opened.status).toBe(200);
    const { item } = (await opened.json()) as { item: { text: string; questionId: string } };
    expect(item).toMatchObject({ text: words, questionId: "anything-else" });

    const admin = await officer(target(), "admin");
    const log = await admin.get("/api/audit?action=safeguarding.item.viewed");
    const { events } = (await log.json()) as { events: { target: string; actorEmail: string }[] };
    expect(events).toContainEqual(expect.objectContaining({ target: id, actorEmail: lead.email }));
  });

  it("lets the lead move an item on and keep sealed notes, closing it off the open queue", async () => {
    const words = `someone older keeps giving me money to carry a bag, ${token()}`;
    await browser(target()).send("/api/surveys/staying-safe/responses", {
      json: { answers: { "anything-else": words } },
    });
    const lead = await officer(target(), "safeguarding");
    const open = async () =>
      ((await (await lead.get("/api/safeguarding/items?status=open")).json()) as { items: { id: string }[] })
        .items;
    const textOf = async (itemId: string) =>
      ((await (await lead.get(`/api/safeguarding/items/${itemId}`)).json()) as { item: { text: string } })
        .item.text;
    let id = "";
    for (const candidate of await open()) if ((await textOf(candidate.id)) === words) id = candidate.id;
    expect(id).not.toBe("");
    const note = `Spoke to the school's DSL ${token()}`;
    const noted = await lead.send(`/api/safeguarding/items/${id}/notes`, { json: { note } });
    expect(noted.status).toBe(201);
    expect((await lead.send(`/api/safeguarding/items/${id}/notes`, { json: { note: "  " } })).status).toBe(
      400,
    );
    const moved = await lead.send(`/api/safeguarding/items/${id}/status`, { json: { status: "actioned" } });
    expect(moved.status).toBe(200);
    const { item } = (await moved.json()) as { item: { status: string; closedOn: string | null } };
    expect(item.status).toBe("actioned");
    expect(item.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await open()).map((i) => i.id)).not.toContain(id);
    const reread = (await (await lead.get(`/api/safeguarding/items/${id}`)).json()) as {
      item: { notes: { note: string; author: string }[] };
    };
    expect(reread.item.notes).toEqual([expect.objectContaining({ note, author: lead.email })]);
  });

  it("gives the overview: responses this quarter by survey, exact for analysts, suppressed for the board", async () => {
    const analyst = await officer(target(), "analyst");
    const read = async () => (await (await analyst.get("/api/overview")).json()) as Overview;
    const before = await read();
    expect(before.period).toMatch(/^\d{4}-Q[1-4]$/);
    expect(before.total.kind).toBe("count");
    await submitText(target, "The park needs more lights");
    const after = await read();
    const totalOf = (o: Overview) => (o.total.kind === "count" ? o.total.value : Number.NaN);
    expect(totalOf(after)).toBe(totalOf(before) + 1);
    expect(after.bySurvey.map((row) => row.key)).toContain("quick-feedback");

    const viewer = await officer(target(), "viewer");
    const board = (await (await viewer.get("/api/overview")).json()) as Overview;
    expect([after.k, board.k]).toEqual([null, 10]);
    // No count from 1 to 9 ever reaches the board: it could point at a child.
    const cells = [board.total, ...board.bySurvey.map((row) => row.cell)];
    const small = cells.filter((cell) => cell.kind === "count" && cell.value > 0 && cell.value < 10);
    expect(small).toEqual([]);
  });
}
