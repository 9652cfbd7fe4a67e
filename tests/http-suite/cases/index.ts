import { describe } from "vitest";
import type { TargetRef } from "../target";
import { adminWork } from "./admin";
import { disclosures } from "./disclosures";
import { officerAuth } from "./officer-auth";
import { officerWork } from "./officer-work";
import { publications } from "./publications";
import { reports } from "./reports";
import { respondentApi } from "./respondent-api";
import { securityHeaders } from "./security-headers";
import { surveyJourney } from "./survey-journey";

/** Every shared case, registered once per runtime by node.test.ts and worker.test.ts. */
export function registerAllCases(target: TargetRef): void {
  describe("survey journey", () => surveyJourney(target));
  describe("respondent API", () => respondentApi(target));
  describe("disclosures", () => disclosures(target));
  describe("officer sign-in and access", () => officerAuth(target));
  describe("officer work", () => officerWork(target));
  describe("admin work", () => adminWork(target));
  describe("publications", () => publications(target));
  describe("reports and exports", () => reports(target));
  describe("security headers", () => securityHeaders(target));
}
