import { describe, expect, it } from "vitest";
import { questionTypes } from "../domain/surveys/question-schema";
import { fleschKincaidGrade, surveyReadingText } from "../domain/surveys/reading-grade";
import { bundledSurveys, framework, getSurvey } from "./bundled-surveys";

const questions = bundledSurveys.flatMap((s) => s.questions);

describe("bundled surveys", () => {
  it("ships the six surveys, each findable by id", () => {
    const ids = [
      "feeling-safe",
      "staying-safe",
      "moving-on",
      "parents-carers",
      "help-you-got",
      "quick-feedback",
    ];
    expect(bundledSurveys.map((s) => s.id)).toEqual(ids);
    for (const id of ids) expect(getSurvey(id)?.id).toBe(id);
    expect(getSurvey("nope")).toBeUndefined();
  });

  it("exports the parsed framework", () => {
    expect(framework.outcomes).toHaveLength(8);
  });

  it("uses every question type at least once", () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(questionTypes));
  });

  it("uses showIf for follow-up questions", () => {
    expect(questions.filter((q) => q.showIf).length).toBeGreaterThanOrEqual(2);
  });

  it("tags every question with at least one strategy outcome", () => {
    expect(questions.filter((q) => !q.outcomes?.length).map((q) => q.id)).toEqual([]);
  });

  it("keeps feeling-safe short and built on 5-face emoji scales and places", () => {
    const survey = getSurvey("feeling-safe");
    expect(survey?.audience).toBe("child-8-12");
    expect(survey?.questions.length).toBeLessThanOrEqual(10);
    const faces = survey?.questions.filter((q) => q.type === "emoji-scale") ?? [];
    expect(faces.length).toBeGreaterThan(0);
    for (const q of faces) expect(q.type === "emoji-scale" && q.options.length).toBe(5);
    expect(survey?.questions.some((q) => q.type === "places")).toBe(true);
  });

  it("marks options that suggest harm in staying-safe so help is shown next", () => {
    const options =
      getSurvey("staying-safe")?.questions.flatMap((q) => ("options" in q ? q.options : [])) ?? [];
    const helpful = options.filter((o) => o.triggersHelp).map((o) => o.label);
    expect(helpful).toContain("Someone made me do things I didn't want to");
    expect(helpful).toContain("I've been asked to carry or hold things for someone");
  });

  it("gives quick-feedback exactly three questions", () => {
    expect(getSurvey("quick-feedback")?.questions).toHaveLength(3);
  });

  it("writes for each audience's reading age", () => {
    const grade = (id: string) => {
      const survey = getSurvey(id);
      if (!survey) throw new Error(`no survey ${id}`);
      return fleschKincaidGrade(surveyReadingText(survey));
    };
    expect(grade("feeling-safe")).toBeLessThanOrEqual(4);
    expect(grade("staying-safe")).toBeLessThanOrEqual(7);
    for (const id of ["moving-on", "parents-carers", "help-you-got", "quick-feedback"])
      expect(grade(id)).toBeLessThanOrEqual(8);
  });
});
