import type { ComponentChildren } from "preact";
import { ROLES } from "../../../domain/auth/roles";
import type { StaffContext } from "../../../http/app-env";
import type { UserRow } from "../../../routes/workspace/admin/user-rows";
import { ErrorSummary } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { Checkbox, DoneBanner, formatDay, TextField } from "./admin-fields";
import { AccessTag } from "./users-page";

/** A refusal to show on the page, linked to the field (or section) it is about. */
export type UserPageError = { field: "role" | "access" | "password"; message: string };

type Props = PageContext & { staff?: StaffContext; user: UserRow; done?: string; error?: UserPageError };

/** Who the officer is and how they sign in, as a summary list. */
function Facts({ t, locale, user }: Pick<Props, "t" | "locale" | "user">) {
  const rows: [string, ComponentChildren][] = [
    [t("ws.admin.users.role"), t(`ws.common.roles.${user.role}`)],
    [t("ws.admin.users.status"), <AccessTag t={t} disabled={user.disabled} key="tag" />],
    [
      t("ws.admin.users.secondFactor"),
      user.secondFactor ? t("ws.admin.users.set") : t("ws.admin.users.notSet"),
    ],
    [
      t("ws.admin.users.lastSignIn"),
      user.lastSignIn ? formatDay(locale, user.lastSignIn) : t("ws.admin.users.never"),
    ],
    [t("ws.admin.users.added"), formatDay(locale, user.addedOn)],
  ];
  return (
    <dl class="summary-list admin-facts">
      {rows.map(([key, value]) => (
        <div class="summary-list__row" key={key}>
          <dt class="summary-list__key">{key}</dt>
          <dd class="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `/workspace/users/:id`: change the role, disable or enable, reset the password. Each is its own form. */
export function UserPage(props: Props) {
  const { t, user, error } = props;
  const self = user.id === props.staff?.userId;
  const base = `/workspace/users/${user.id}`;
  const title = t("ws.admin.users.userTitle", { email: user.email });
  const errorFor = (field: UserPageError["field"]) => (error?.field === field ? error.message : undefined);
  return (
    <WorkspaceLayout {...props} title={`${error ? `${t("errors.prefix")} ` : ""}${title}`} section="users">
      <a class="back-link" href="/workspace/users">
        {t("ws.admin.users.back")}
      </a>
      <ErrorSummary
        t={t}
        errors={
          error
            ? [
                {
                  href: self && error.field !== "password" ? "#self-note" : `#${error.field}`,
                  message: error.message,
                },
              ]
            : []
        }
      />
      <DoneBanner message={props.done} />
      <h1>{title}</h1>
      <Facts t={t} locale={props.locale} user={user} />

      {self ? (
        <p class="inset" id="self-note" tabIndex={-1}>
          {t("ws.admin.users.selfNote")}
        </p>
      ) : (
        <>
          <h2>{t("ws.admin.users.roleSection")}</h2>
          <form method="post" action={`${base}/role`} novalidate class="admin-inline-form">
            <div class={`form-group${errorFor("role") ? " form-group--error" : ""}`}>
              <label class="label" for="role">
                {t("ws.admin.users.newRole")}
              </label>
              {errorFor("role") ? (
                <p id="role-error" class="error-message">
                  <span class="visually-hidden">{t("errors.prefix")}</span> {errorFor("role")}
                </p>
              ) : null}
              <select
                class="select"
                id="role"
                name="role"
                aria-describedby={errorFor("role") ? "role-error" : undefined}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role} selected={role === user.role}>
                    {t(`ws.common.roles.${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button button--secondary">
              {t("ws.admin.users.changeRole")}
            </button>
          </form>

          <h2 id="access" tabIndex={-1}>
            {t("ws.admin.users.accessSection")}
          </h2>
          {errorFor("access") ? <p class="error-message">{errorFor("access")}</p> : null}
          <p>{user.disabled ? t("ws.admin.users.disabledNow") : t("ws.admin.users.activeNow")}</p>
          <form method="post" action={`${base}/access`}>
            <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
            <button type="submit" class={`button ${user.disabled ? "button--secondary" : "button--warning"}`}>
              {user.disabled ? t("ws.admin.users.enable") : t("ws.admin.users.disable")}
            </button>
          </form>
        </>
      )}

      <h2>{t("ws.admin.users.resetSection")}</h2>
      <p>{t("ws.admin.users.resetLead")}</p>
      <form method="post" action={`${base}/reset`} novalidate>
        <TextField
          t={t}
          id="password"
          label={t("ws.admin.users.passwordLabel")}
          hint={t("ws.admin.users.passwordHint")}
          error={errorFor("password")}
          autocomplete="off"
        />
        <Checkbox
          id="second-factor"
          name="secondFactor"
          value="true"
          label={t("ws.admin.users.resetSecondFactor")}
        />
        <button type="submit" class="button button--secondary">
          {t("ws.admin.users.reset")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}
