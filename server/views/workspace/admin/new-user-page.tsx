import type { Role } from "../../../domain/auth/roles";
import type { StaffContext } from "../../../http/app-env";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { RoleRadios, TextField } from "./admin-fields";

/** What was typed, and what to fix, when the form comes back. */
export type NewUserForm = {
  email?: string;
  role?: Role;
  errors?: { email?: string; role?: string; password?: string };
};

/** `/workspace/users/new`: email, role and a temporary password the new officer replaces at first sign-in. */
export function NewUserPage(props: PageContext & { staff?: StaffContext; form: NewUserForm }) {
  const { t, form } = props;
  const errors = form.errors ?? {};
  const summary: FieldError[] = (["email", "role", "password"] as const).flatMap((field) => {
    const message = errors[field];
    return message ? [{ href: `#${field}`, message }] : [];
  });
  const title = t("ws.admin.users.newTitle");
  return (
    <WorkspaceLayout
      {...props}
      title={`${summary.length ? `${t("errors.prefix")} ` : ""}${title}`}
      section="users"
    >
      <a class="back-link" href="/workspace/users">
        {t("ws.admin.users.back")}
      </a>
      <ErrorSummary t={t} errors={summary} />
      <h1>{title}</h1>
      <form method="post" action="/workspace/users/new" novalidate>
        <TextField
          t={t}
          id="email"
          type="email"
          label={t("ws.admin.users.email")}
          hint={t("ws.admin.users.emailHint")}
          error={errors.email}
          autocomplete="off"
          value={form.email}
        />
        <RoleRadios t={t} legend={t("ws.admin.users.role")} current={form.role} error={errors.role} />
        <TextField
          t={t}
          id="password"
          label={t("ws.admin.users.passwordLabel")}
          hint={t("ws.admin.users.passwordHint")}
          error={errors.password}
          autocomplete="off"
        />
        <button type="submit" class="button">
          {t("ws.admin.users.create")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}
