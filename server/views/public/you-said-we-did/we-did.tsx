import type { TFunction } from "i18next";
import { actionText, type ThemeWithActions } from "../../../domain/publications/public-view";
import type { DoneAction, Reader } from "../../../domain/publications/publication-content";
import type { Formats } from "./format";
import { DidPicture, StatusPicture } from "./pictures";

type Props = {
  t: TFunction;
  locale: string;
  themes: ThemeWithActions[];
  otherActions: DoneAction[];
  reader: Reader;
  f: Formats;
};

const langIf = (lang: string, page: string) => (lang === page ? undefined : lang);

function ActionCard({
  t,
  locale,
  action,
  reader,
  f,
}: {
  t: TFunction;
  locale: string;
  action: DoneAction;
  reader: Reader;
  f: Formats;
}) {
  const text = actionText(action, locale);
  const child = reader === "child";
  return (
    <li class="ysd-action">
      <h4 class="ysd-action__title" lang={langIf(text.titleLang, locale)}>
        {text.title}
      </h4>
      <p class="ysd-action__status">
        {child ? <StatusPicture status={action.status} /> : null}
        <strong class={`ysd-status ysd-status--${action.status}`}>
          <span class="visually-hidden">{t("ysd.did.status")}: </span>
          {t(child ? `ysd.childStatus.${action.status}` : `ysd.status.${action.status}`)}
        </strong>
      </p>
      {child || reader === "young" ? (
        <p lang={langIf(text.summaryLang, locale)}>{text.childSummary}</p>
      ) : (
        <p lang={langIf("en", locale)}>{action.description}</p>
      )}
      {child ? null : (
        <ul class="ysd-action__facts">
          <li>
            {t("ysd.did.who")}:{" "}
            <span>
              {t(`ysd.agency.${action.agency}`)} (<span lang={langIf("en", locale)}>{action.owningTeam}</span>
              )
            </span>
          </li>
          {action.startOn ? <li>{t("ysd.did.started", { date: f.day(action.startOn) })}</li> : null}
          {action.status === "done" && action.doneOn ? (
            <li>{t("ysd.did.done", { date: f.day(action.doneOn) })}</li>
          ) : action.dueOn ? (
            <li>{t("ysd.did.due", { date: f.day(action.dueOn) })}</li>
          ) : null}
        </ul>
      )}
    </li>
  );
}

/** "We did": the actions answering each theme shown, then any others, each with where it has got to. */
export function WeDid({ t, locale, themes, otherActions, reader, f }: Props) {
  const groups = [
    ...themes
      .filter((g) => g.actions.length > 0)
      .map((g) => ({
        key: g.theme.id,
        heading: g.theme.label,
        lang: langIf("en", locale),
        actions: g.actions,
      })),
    ...(otherActions.length > 0
      ? [{ key: "other", heading: t("ysd.did.other"), lang: undefined, actions: otherActions }]
      : []),
  ];
  return (
    <section class="ysd-section" aria-labelledby="we-did">
      <h2 id="we-did" class="ysd-section__heading">
        {reader === "child" ? <DidPicture /> : null}
        <span>{t(`ysd.${reader}.weDid`)}</span>
      </h2>
      <p>{t(`ysd.${reader}.weDidLead`)}</p>
      {groups.length === 0 ? <p>{t("ysd.did.none")}</p> : null}
      {groups.map((group) => (
        <div class="ysd-did-group" key={group.key}>
          <h3 lang={group.lang}>{group.heading}</h3>
          <ul class="ysd-actions">
            {group.actions.map((action) => (
              <ActionCard key={action.id} t={t} locale={locale} action={action} reader={reader} f={f} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
