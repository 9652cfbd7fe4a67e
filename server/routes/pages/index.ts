import type { AppConfig } from "../../config/app-config";
import { type HelpAudience, helpFor } from "../../domain/help/help-services";
import { createRouter } from "../../http/create-router";
import { AccessibilityPage } from "../../views/pages/accessibility-page";
import { HelpPage } from "../../views/pages/help-page";
import { TextPage } from "../../views/pages/text-page";
import { renderPage } from "../../views/render-page";
import { sendContact, showContact } from "./contact";
import { exitTo } from "./exit";
import { showWithdraw, submitWithdraw } from "./withdraw";

const AUDIENCES: readonly HelpAudience[] = ["child", "young", "adult"];
const audienceOf = (value: string | undefined): HelpAudience => AUDIENCES.find((a) => a === value) ?? "young";

// When the accessibility statement was last reviewed against the pages it describes.
const STATEMENT_PREPARED_ON = "2026-11-24";

/** Public pages outside a survey: help, privacy, accessibility, quick exit, withdrawing answers. */
export function pageRoutes(config: AppConfig) {
  return createRouter()
    .get("/exit", exitTo(config.HEARD_EXIT_URL))
    .get("/exit-this-page", (c) => {
      const { t } = c.var;
      return renderPage(
        c,
        TextPage({
          ...c.var.page,
          title: t("exit.title"),
          paragraphs: [t("exit.body"), t("exit.keyboard"), t("exit.historyWarning")],
        }),
      );
    })
    .get("/help", (c) => {
      const audience = audienceOf(c.req.query("for"));
      const services = helpFor(audience, config.HEARD_LOCAL_HELP);
      return renderPage(c, HelpPage({ ...c.var.page, helpFor: audience, audience, services }));
    })
    .get("/privacy", (c) => {
      const { t } = c.var;
      const audience = audienceOf(c.req.query("for"));
      return renderPage(
        c,
        TextPage({
          ...c.var.page,
          helpFor: audience,
          title: t("privacy.title"),
          paragraphs: t(`privacy.${audience}`, { returnObjects: true }) as string[],
          links: [{ href: "/withdraw", label: t("privacy.withdraw") }],
        }),
      );
    })
    .get("/accessibility", (c) =>
      renderPage(c, AccessibilityPage({ ...c.var.page, preparedOn: STATEMENT_PREPARED_ON })),
    )
    .get("/talk-to-someone", showContact)
    .post("/talk-to-someone", showContact)
    .post("/talk-to-someone/send", sendContact)
    .get("/talk-to-someone/send", (c) => c.redirect("/talk-to-someone", 303))
    .get("/withdraw", showWithdraw)
    .post("/withdraw", submitWithdraw);
}
