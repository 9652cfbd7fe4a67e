import { describe, expect, it } from "vitest";
import { ragStatus } from "./rag-status";

const today = "2026-11-24";

describe("RAG status of an action", () => {
  it("is done when done, even if it finished late", () => {
    expect(ragStatus({ status: "done", dueOn: "2026-01-01", lastUpdateOn: "2026-02-01" }, today)).toBe(
      "done",
    );
  });

  it("is red once the due date has passed", () => {
    expect(ragStatus({ status: "in-progress", dueOn: "2026-11-23", lastUpdateOn: today }, today)).toBe("red");
    expect(ragStatus({ status: "in-progress", dueOn: today, lastUpdateOn: today }, today)).toBe("green");
  });

  it("is amber when due within two weeks and not started", () => {
    expect(ragStatus({ status: "planned", dueOn: "2026-12-08", lastUpdateOn: today }, today)).toBe("amber");
    expect(ragStatus({ status: "planned", dueOn: "2026-12-09", lastUpdateOn: today }, today)).toBe("green");
    expect(ragStatus({ status: "in-progress", dueOn: "2026-12-01", lastUpdateOn: today }, today)).toBe(
      "green",
    );
  });

  it("is amber when nobody has reported progress for over sixty days", () => {
    expect(ragStatus({ status: "in-progress", dueOn: null, lastUpdateOn: "2026-09-25" }, today)).toBe(
      "green",
    );
    expect(ragStatus({ status: "in-progress", dueOn: null, lastUpdateOn: "2026-09-24" }, today)).toBe(
      "amber",
    );
  });
});
