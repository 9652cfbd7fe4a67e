import { renderSVG } from "uqr";
import type { StaffContext } from "../../http/app-env";
import { ErrorSummary } from "../components/error-summary";
import type { PageContext } from "../layout";
import { WorkspaceLayout } from "./workspace-layout";

type Frame = PageContext & { staff?: StaffContext };
type FormPageProps = Frame & { error?: string };

function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "email" | "password";
  autocomplete: string;
  value?: string;
  inputmode?: "numeric" | "text";
  class?: string;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={`form-group${props.error ? " form-group--error" : ""}`}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      ) : null}
      <input
        class={`text-input ${props.class ?? ""}${props.error ? " text-input--error" : ""}`}
        id={props.id}
        name={props.id}
        // Preact types each input type separately; all three take the same attributes here.
        type={(props.type ?? "text") as "text"}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        value={props.value ?? ""}
        spellcheck={false}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

/** Email and password. Paste and password managers work; no puzzles (WCAG 3.3.8). */
export function SignInPage(props: FormPageProps & { email?: string; next?: string }) {
  const { t, error } = props;
  return (
    <WorkspaceLayout
      {...props}
      title={`${error ? `${t("errors.prefix")} ` : ""}${t("ws.common.signIn.title")}`}
    >
      <ErrorSummary t={t} errors={error ? [{ href: "#email", message: error }] : []} />
      <h1>{t("ws.common.signIn.title")}</h1>
      <form
        method="post"
        action={`/workspace/sign-in${props.next ? `?next=${encodeURIComponent(props.next)}` : ""}`}
        novalidate
      >
        <TextField
          id="email"
          label={t("ws.common.signIn.email")}
          error={error}
          type="email"
          autocomplete="username"
          value={props.email}
        />
        <TextField
          id="password"
          label={t("ws.common.signIn.password")}
          type="password"
          autocomplete="current-password"
        />
        <button type="submit" class="button">
          {t("ws.common.signIn.submit")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}

/** The 6-digit code from the authenticator app, or a recovery code. */
export function CodePage(props: FormPageProps) {
  const { t, error } = props;
  return (
    <WorkspaceLayout
      {...props}
      title={`${error ? `${t("errors.prefix")} ` : ""}${t("ws.common.code.title")}`}
    >
      <ErrorSummary t={t} errors={error ? [{ href: "#code", message: error }] : []} />
      <h1>{t("ws.common.code.title")}</h1>
      <form method="post" action="/workspace/sign-in/code" novalidate>
        <TextField
          id="code"
          label={t("ws.common.code.label")}
          hint={t("ws.common.code.hint")}
          error={error}
          autocomplete="one-time-code"
          class="text-input--code"
        />
        <button type="submit" class="button">
          {t("ws.common.code.submit")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}

/** Setting up an authenticator app: a QR code, the key as text for typing in, then one code to prove it. */
export function SetUpCodePage(props: FormPageProps & { secret: string; uri: string }) {
  const { t, error } = props;
  const grouped = props.secret.match(/.{1,4}/g)?.join(" ") ?? props.secret;
  return (
    <WorkspaceLayout
      {...props}
      title={`${error ? `${t("errors.prefix")} ` : ""}${t("ws.common.setUp.title")}`}
    >
      <ErrorSummary t={t} errors={error ? [{ href: "#code", message: error }] : []} />
      <h1>{t("ws.common.setUp.title")}</h1>
      <p>{t("ws.common.setUp.lead")}</p>
      <figure class="qr-code">
        {/* uqr builds the SVG from the otpauth address alone: nothing anyone typed goes into it */}
        <div
          role="img"
          aria-label={t("ws.common.setUp.qrLabel")}
          dangerouslySetInnerHTML={{ __html: renderSVG(props.uri) }}
        />
      </figure>
      <p>{t("ws.common.setUp.keyIntro")}</p>
      <p class="secret-key" data-secret>
        <code>{grouped}</code>
      </p>
      <form method="post" action="/workspace/sign-in/set-up-code" novalidate>
        <TextField
          id="code"
          label={t("ws.common.code.label")}
          hint={t("ws.common.setUp.codeHint")}
          error={error}
          autocomplete="one-time-code"
          class="text-input--code"
        />
        <button type="submit" class="button">
          {t("ws.common.setUp.submit")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}

/** Shown once, straight after setup: the recovery codes. */
export function RecoveryCodesPage(props: Frame & { codes: string[] }) {
  const { t } = props;
  return (
    <WorkspaceLayout {...props} title={t("ws.common.recovery.title")}>
      <h1>{t("ws.common.recovery.title")}</h1>
      <p>{t("ws.common.recovery.lead")}</p>
      <ul class="recovery-codes" data-recovery-codes>
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href="/workspace">
          {t("ws.common.recovery.continue")}
        </a>
      </p>
    </WorkspaceLayout>
  );
}

/** A password an admin reset must be replaced before anything else. */
export function NewPasswordPage(props: FormPageProps) {
  const { t, error } = props;
  return (
    <WorkspaceLayout
      {...props}
      title={`${error ? `${t("errors.prefix")} ` : ""}${t("ws.common.newPassword.title")}`}
    >
      <ErrorSummary t={t} errors={error ? [{ href: "#password", message: error }] : []} />
      <h1>{t("ws.common.newPassword.title")}</h1>
      <form method="post" action="/workspace/sign-in/new-password" novalidate>
        <TextField
          id="password"
          label={t("ws.common.newPassword.label")}
          hint={t("ws.common.newPassword.hint")}
          error={error}
          type="password"
          autocomplete="new-password"
        />
        <button type="submit" class="button">
          {t("ws.common.newPassword.submit")}
        </button>
      </form>
    </WorkspaceLayout>
  );
}
