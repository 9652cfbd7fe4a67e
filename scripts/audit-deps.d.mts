// Types for scripts/audit-deps.mjs, so tests can import its judgement in TypeScript.
export type AuditVerdict = "clean" | "vulnerable" | "unreachable" | "unreadable";
export type AuditFinding = {
  name: string;
  severity: string;
  range?: string;
  direct: boolean;
  advisories: string[];
  through: string[];
  fix: string;
};
export type AuditResult = {
  verdict: AuditVerdict;
  reason: string;
  counts: Record<string, number>;
  findings: AuditFinding[];
};
export const BLOCKING: string[];
export function judgeAudit(stdout: string): AuditResult;
export function describeAudit(result: AuditResult): string[];
export function exitCodeOf(result: AuditResult, requireEndpoint?: boolean): number;
