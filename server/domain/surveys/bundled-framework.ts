import frameworkJson from "../../../surveys/framework.json" with { type: "json" };
import { frameworkSchema } from "./framework-schema";

/** The strategy frame shipped with Heard (`surveys/framework.json`), parsed once at start-up. */
export const bundledFramework = frameworkSchema.parse(frameworkJson);

/** Framework ids as non-empty tuples, the shape `z.enum` needs. */
function ids(list: readonly { id: string }[]): [string, ...string[]] {
  const [first, ...rest] = list.map((item) => item.id);
  if (first === undefined) throw new Error("surveys/framework.json: every list needs at least one entry");
  return [first, ...rest];
}

/** Ids surveys may use, per kind, taken from the bundled framework so there is one list to edit. */
export const frameworkIds = {
  outcomes: ids(bundledFramework.outcomes),
  harms: ids(bundledFramework.harms),
  audiences: ids(bundledFramework.audiences),
  engagementLevels: ids(bundledFramework.engagementLevels),
  places: ids(bundledFramework.places),
};
