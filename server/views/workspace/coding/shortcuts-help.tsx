import type { TFunction } from "i18next";

const KEYS = [
  ["j", "next"],
  ["k", "previous"],
  ["x", "select"],
  ["1–9", "theme"],
  ["a", "accept"],
  ["r", "reject"],
] as const;

/**
 * The keyboard shortcuts, written down where they are used. Single keys can surprise speech-input
 * users (WCAG 2.1.4), so they can be switched off; the switch only appears when the script that
 * provides them has loaded.
 */
export function ShortcutsHelp({ t }: { t: TFunction }) {
  return (
    <details class="coding-shortcuts">
      <summary>{t("ws.coding.shortcuts.summary")}</summary>
      <p>{t("ws.coding.shortcuts.intro")}</p>
      <table class="table">
        <caption class="visually-hidden">{t("ws.coding.shortcuts.summary")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ws.coding.shortcuts.key")}</th>
            <th scope="col">{t("ws.coding.shortcuts.action")}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{t(`ws.coding.shortcuts.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="choice" hidden data-shortcuts-switch>
        <input class="choice__input" type="checkbox" id="shortcuts-on" checked />
        <label class="choice__label" for="shortcuts-on">
          {t("ws.coding.shortcuts.enabled")}
        </label>
      </div>
    </details>
  );
}
