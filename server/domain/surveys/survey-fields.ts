import { z } from "zod";
import { frameworkIds } from "./bundled-framework";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kebab-case id; `example` shows the author a valid one. */
export function kebabId(what: string, example: string) {
  return z
    .string()
    .regex(
      KEBAB,
      `${what} must be kebab-case (lower-case letters, digits, single hyphens), e.g. "${example}"`,
    );
}

/** Text a person will read, so it must say something. */
export function requiredText(what: string) {
  return z.string().trim().min(1, `${what} can't be empty`);
}

/** One of a framework list, with a message that names the valid ids. */
function frameworkEnum(kind: string, ids: [string, ...string[]], jsonSchemaId: string) {
  return z
    .enum(ids, {
      error: (iss) => `Unknown ${kind} ${JSON.stringify(iss.input)}. Use one of: ${ids.join(", ")}`,
    })
    .meta({ id: jsonSchemaId, description: `A ${kind} id from surveys/framework.json` });
}

/** An outcome id from `surveys/framework.json`. */
export const outcomeId = frameworkEnum("outcome", frameworkIds.outcomes, "OutcomeId");
/** A harm id from `surveys/framework.json`. */
export const harmId = frameworkEnum("harm", frameworkIds.harms, "HarmId");
/** A place id from `surveys/framework.json`. */
export const placeId = frameworkEnum("place", frameworkIds.places, "PlaceId");
/** An audience id from `surveys/framework.json`. */
export const audienceId = frameworkEnum("audience", frameworkIds.audiences, "AudienceId");
/** An engagement level id from `surveys/framework.json`. */
export const engagementLevelId = frameworkEnum(
  "engagement level",
  frameworkIds.engagementLevels,
  "EngagementLevelId",
);

/** Outcome tags: which strategy outcomes an answer is evidence for. */
export const outcomeTags = z.array(outcomeId).describe("Strategy outcome ids this is evidence for");
/** Harm tags: which forms of harm an answer may relate to. */
export const harmTags = z.array(harmId).describe("Harm ids this may relate to");
