/** Where a possible disclosure is in the safeguarding lead's work, in the order it usually moves. */
export const ITEM_STATUSES = ["new", "in-review", "actioned", "no-further-action"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A request to talk to someone is either waiting or has been acted on. */
export const CONTACT_STATUSES = ["new", "actioned"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** Statuses that still need the lead's attention (and so can become overdue). */
export const OPEN_ITEM_STATUSES = ["new", "in-review"] as const satisfies readonly ItemStatus[];

/** Whether an item in `status` is still waiting for a decision. */
export function isOpenItem(status: ItemStatus): boolean {
  return (OPEN_ITEM_STATUSES as readonly ItemStatus[]).includes(status);
}

/**
 * The closing date an item should carry after moving to `status`: none when it is (re)opened, the
 * date of the first decision otherwise (moving from one decision to the other keeps it). Retention
 * counts from this date, so reopening must clear it.
 */
export function closedOnFor(status: ItemStatus, previous: string | null, today: string): string | null {
  return isOpenItem(status) ? null : (previous ?? today);
}

/** The same for a contact request: actioned today, or back to waiting. */
export function actionedOnFor(status: ContactStatus, today: string): string | null {
  return status === "actioned" ? today : null;
}
