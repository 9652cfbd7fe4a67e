/**
 * Actions the audit log's filter always offers, even before any has happened; actions recorded by
 * newer code are added from the log itself, so this list never has to be complete.
 */
export const KNOWN_AUDIT_ACTIONS = [
  "sign-in",
  "sign-in.failed",
  "sign-in.locked",
  "sign-in.second-factor",
  "sign-in.recovery-code",
  "user.created",
  "user.disabled",
  "user.enabled",
  "user.role-changed",
  "user.reset",
  "user.second-factor-set-up",
  "user.password-changed",
  "safeguarding.item.viewed",
  "safeguarding.contact.viewed",
  "safeguarding.status-changed",
  "safeguarding.note-added",
  "audit.exported",
  "theme.created",
  "theme.updated",
  "code.added",
  "code.removed",
  "harm.reviewed",
  "survey.opened",
  "survey.closed",
  "survey.paper-imported",
  "action.created",
  "action.updated",
  "quote.approved",
  "quote.rejected",
  "publication.drafted",
  "publication.published",
  "report.exported",
] as const;

/** The known actions and those already in the log, once each, sorted. */
export function actionChoices(recorded: readonly string[]): string[] {
  return [...new Set([...KNOWN_AUDIT_ACTIONS, ...recorded])].sort();
}
