import { type Role, requiresSecondFactor } from "./roles";

export type Stage = "second-factor" | "new-password" | "enrol" | "full";

type Account = { role: Role; hasTotp: boolean; mustChangePassword: boolean };

/**
 * What a signing-in officer must do next, in order: prove the second factor they have, replace a
 * password an admin reset, set up a second factor their role requires, and only then work.
 */
export function nextStage(account: Account, done: ReadonlySet<Stage>): Stage {
  if (account.hasTotp && !done.has("second-factor")) return "second-factor";
  if (account.mustChangePassword && !done.has("new-password")) return "new-password";
  if (!account.hasTotp && requiresSecondFactor(account.role) && !done.has("enrol")) return "enrol";
  return "full";
}

/** The stages a session at `stage` has already passed, so `nextStage` can pick up from there. */
export function stagesBefore(stage: Stage): Set<Stage> {
  const order: Stage[] = ["second-factor", "new-password", "enrol", "full"];
  return new Set(order.slice(0, order.indexOf(stage)));
}
