import type { AppConfig } from "../../config/app-config";
import { createRouter } from "../../http/create-router";
import { TextPage } from "../../views/pages/text-page";
import { renderPage } from "../../views/render-page";
import { exitTo } from "./exit";
import { showWithdraw, submitWithdraw } from "./withdraw";

/** Public pages outside a survey: help, privacy, quick exit, withdrawing answers. */
export function pageRoutes(config: AppConfig) {
  return createRouter()
    .get("/exit", exitTo(config.HEARD_EXIT_URL))
    .get("/exit-this-page", (c) => {
      const { t, locale } = c.var;
      return renderPage(
        c,
        TextPage({
          t,
          locale,
          title: t("exit.title"),
          paragraphs: [t("exit.body"), t("exit.historyWarning")],
        }),
      );
    })
    .get("/help", (c) => {
      const { t, locale } = c.var;
      return renderPage(
        c,
        TextPage({
          t,
          locale,
          title: t("help.title"),
          paragraphs: [t("help.lead"), t("help.police")],
          links: [
            { href: "tel:08001111", label: t("help.childline") },
            { href: "tel:999", label: "999" },
          ],
        }),
      );
    })
    .get("/privacy", (c) => {
      const { t, locale } = c.var;
      return renderPage(
        c,
        TextPage({
          t,
          locale,
          title: t("privacy.title"),
          paragraphs: [t("privacy.what"), t("privacy.never"), t("privacy.who"), t("privacy.withdraw")],
          links: [{ href: "/withdraw", label: t("withdraw.title") }],
        }),
      );
    })
    .get("/accessibility", (c) => {
      const { t, locale } = c.var;
      return renderPage(
        c,
        TextPage({
          t,
          locale,
          title: t("accessibility.title"),
          paragraphs: [t("accessibility.intro"), t("accessibility.standard"), t("accessibility.contact")],
        }),
      );
    })
    .get("/withdraw", showWithdraw)
    .post("/withdraw", submitWithdraw);
}
