import { describe, expect, it } from "vitest";
import { describeAudit, exitCodeOf, judgeAudit } from "../../scripts/audit-deps.mjs";

// The real `npm audit` needs the registry's advisory endpoint, which CI may not reach, so it runs as
// its own step in .ci/run (`node scripts/audit-deps.mjs`). Here: that the step judges what npm
// prints correctly, from outputs in the shapes npm 10/11 print them.

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 120 },
    },
  });

const advisory = (severity: string) => ({
  source: 1100000,
  name: "hono",
  dependency: "hono",
  title: "Something bad in a router",
  url: "https://github.com/advisories/GHSA-xxxx-yyyy-zzzz",
  severity,
  range: "<4.99.0",
});

const vulnerable = (severity: string) =>
  report(
    {
      hono: {
        name: "hono",
        severity,
        isDirect: true,
        via: [advisory(severity)],
        effects: ["@hono/node-server"],
        range: "<4.99.0",
        nodes: ["node_modules/hono"],
        fixAvailable: true,
      },
      "@hono/node-server": {
        name: "@hono/node-server",
        severity,
        isDirect: true,
        via: ["hono"],
        effects: [],
        range: "*",
        nodes: ["node_modules/@hono/node-server"],
        fixAvailable: { name: "@hono/node-server", version: "9.0.0", isSemVerMajor: true },
      },
    },
    { [severity]: 2, total: 2 },
  );

describe("judging npm audit --omit=dev", () => {
  it("passes a report with no findings", () => {
    const result = judgeAudit(report({}, {}));
    expect(result.verdict).toBe("clean");
    expect(exitCodeOf(result)).toBe(0);
    expect(describeAudit(result).join("\n")).toContain("No high or critical finding.");
  });

  it("passes low and moderate findings, but lists the counts", () => {
    const result = judgeAudit(vulnerable("moderate"));
    expect(result.verdict).toBe("clean");
    expect(exitCodeOf(result)).toBe(0);
    expect(describeAudit(result)[0]).toContain("moderate 2");
  });

  it.each(["high", "critical"])(
    "fails a %s finding and says which package, which advisory and the fix",
    (s) => {
      const result = judgeAudit(vulnerable(s));
      expect(result.verdict).toBe("vulnerable");
      expect(exitCodeOf(result)).toBe(1);
      const text = describeAudit(result).join("\n");
      expect(text).toContain(`${s.toUpperCase()} hono <4.99.0 (direct; fix: npm audit fix)`);
      expect(text).toContain("https://github.com/advisories/GHSA-xxxx-yyyy-zzzz");
      expect(text).toContain("through hono");
      expect(text).toContain("fix: upgrade @hono/node-server");
    },
  );

  it("says plainly when the endpoint answered with an error, and does not call it a pass", () => {
    const result = judgeAudit(
      JSON.stringify({
        message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
        method: "POST",
        statusCode: 405,
        body: "",
        error: { summary: "", detail: "" },
      }),
    );
    expect(result.verdict).toBe("unreachable");
    expect(describeAudit(result)[0]).toMatch(/audit endpoint unreachable \(405: .*NOT checked/);
    expect(exitCodeOf(result)).toBe(0);
    expect(exitCodeOf(result, true)).toBe(2);
  });

  it("says so when the endpoint never answered", () => {
    const result = judgeAudit(
      JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry failed" } }),
    );
    expect(result.verdict).toBe("unreachable");
    expect(result.reason).toContain("ENOTFOUND");
  });

  it("refuses output it cannot read instead of passing it", () => {
    const result = judgeAudit("npm ERR! something else");
    expect(result.verdict).toBe("unreadable");
    expect(exitCodeOf(result)).toBe(2);
  });
});
