import { SMALL_GROUPS } from "../domain/demo/year-plan";
import type { DemoSeedSummary } from "../services/demo-seed";

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, n]) => `${key} ${n}`)
    .join(", ");

/** What `heard seed --demo` made, and how to sign in, as a newcomer reads it in the terminal. */
export function formatDemoSummary(summary: DemoSeedSummary, password: string, ms: number): string {
  const { window } = summary;
  const lines = [
    `Demo data made in ${(ms / 1000).toFixed(1)} s: a SYNTHETIC year, ${window.from} to ${window.to}.`,
    "Every answer was written for the demo (none is a real child's words); do not mix it with real data.",
    "",
    `Responses: ${summary.responses} (${summary.textAnswers} free-text answers, redacted on the way in)`,
    `  by survey:  ${list(summary.bySurvey)}`,
    `  by quarter: ${list(summary.byQuarter)}`,
    `  by language: ${list(summary.byLocale)}`,
    `  small on purpose (suppressed as <k): in ${window.target.id}, ${SMALL_GROUPS.movingOnInTarget} young adults (moving-on) and ${SMALL_GROUPS.bengaliInTarget} answers in Bengali; ${summary.paper} paper forms`,
    `Coded answers: ${summary.codedAnswers} (recent weeks partly left to code)`,
    `Safeguarding: ${summary.safeguardingItems} possible disclosures raised by the analysis, ${summary.contactRequests} contact requests`,
    `Quotes: ${summary.quotes.approved} approved, ${summary.quotes.rejected} rejected`,
    `Actions: ${summary.actions.red} red, ${summary.actions.amber} amber, ${summary.actions.green} green, ${summary.actions.done} done`,
    `Published: /you-said-we-did/${summary.publication.id} (${window.target.id}, version ${summary.publication.version})`,
    "",
    "DEMO sign-in at /workspace/sign-in (demo credentials: for trying Heard out, never for real use):",
    `  password for every demo account: ${password}`,
  ];
  for (const account of summary.accounts) {
    lines.push(`  ${account.role.padEnd(12)} ${account.email}`);
    if (account.totpSecret) {
      lines.push(`               authenticator key ${account.totpSecret}`);
      lines.push(`               ${account.totpUri}`);
    }
  }
  lines.push(
    "  Admin and safeguarding sign in with a 6-digit code: add the key (or the otpauth:// address) to an",
    "  authenticator app. Try the board report at /workspace/reports/board and the public page at /you-said-we-did.",
  );
  return `${lines.join("\n")}\n`;
}
