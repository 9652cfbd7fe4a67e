import type { StaffContext } from "../../../http/app-env";
import type { UserRow } from "../../../routes/workspace/admin/user-rows";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { DoneBanner, formatDay } from "./admin-fields";

type Frame = PageContext & { staff?: StaffContext };

/** Access in words and a tag, so it never rests on colour alone. */
export function AccessTag({ t, disabled }: { t: Frame["t"]; disabled: boolean }) {
  return disabled ? (
    <strong class="tag tag--danger">{t("ws.admin.users.disabled")}</strong>
  ) : (
    <strong class="tag">{t("ws.admin.users.active")}</strong>
  );
}

/** `/workspace/users`: every officer, with a link to manage each and one to add someone. */
export function UsersPage(props: Frame & { users: UserRow[]; done?: string }) {
  const { t, locale, users, staff } = props;
  return (
    <WorkspaceLayout {...props} title={t("ws.admin.users.title")} section="users">
      <DoneBanner message={props.done} />
      <h1>{t("ws.admin.users.title")}</h1>
      <p class="lead">{t("ws.admin.users.lead")}</p>
      <p>
        <a class="button" href="/workspace/users/new">
          {t("ws.admin.users.add")}
        </a>
      </p>
      <div class="table-wrap">
        <table class="table">
          <caption>{t("ws.admin.users.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ws.admin.users.email")}</th>
              <th scope="col">{t("ws.admin.users.role")}</th>
              <th scope="col">{t("ws.admin.users.status")}</th>
              <th scope="col">{t("ws.admin.users.secondFactor")}</th>
              <th scope="col">{t("ws.admin.users.lastSignIn")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("ws.admin.users.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  {user.email}
                  {user.id === staff?.userId ? ` ${t("ws.admin.users.you")}` : ""}
                </th>
                <td>{t(`ws.common.roles.${user.role}`)}</td>
                <td>
                  <AccessTag t={t} disabled={user.disabled} />
                </td>
                <td>{user.secondFactor ? t("ws.admin.users.set") : t("ws.admin.users.notSet")}</td>
                <td>{user.lastSignIn ? formatDay(locale, user.lastSignIn) : t("ws.admin.users.never")}</td>
                <td>
                  <a href={`/workspace/users/${user.id}`}>
                    {t("ws.admin.users.manage")}
                    <span class="visually-hidden"> {user.email}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WorkspaceLayout>
  );
}
