import { describe, expect, it } from "vitest";
import { retentionCutoffs } from "./retention-cutoffs";

const policy = {
  safeguardingDaysAfterClosed: 90,
  contactDaysAfterActioned: 30,
  freeTextMonths: 24,
  draftIdleMs: 7_200_000,
};

describe("retentionCutoffs", () => {
  it("keeps safeguarding items 90 days after closing and contact requests 30 days after actioning", () => {
    const cut = retentionCutoffs(policy, new Date("2026-11-24T03:00:00Z"));
    expect(cut.safeguardingClosedBefore).toBe("2026-08-26");
    expect(cut.contactActionedBefore).toBe("2026-10-25");
  });
  it("keeps free text for the configured number of months", () => {
    expect(retentionCutoffs(policy, new Date("2026-11-24T00:00:00Z")).freeTextSubmittedBefore).toBe(
      "2024-11-24",
    );
    expect(
      retentionCutoffs({ ...policy, freeTextMonths: 1 }, new Date("2026-03-31T00:00:00Z"))
        .freeTextSubmittedBefore,
    ).toBe("2026-02-28");
  });
  it("expires drafts after two idle hours", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    expect(retentionCutoffs(policy, now).draftTouchedBefore).toBe(now.getTime() - 7_200_000);
  });
});
