import type { TFunction } from "i18next";
import type { Theme } from "../../../db/queries/themes";
import type { AnswerCard as Card } from "../../../routes/workspace/coding/load-answers";
import type { Labels } from "./labels";

/** The id of an answer's card, also the anchor a saved form returns to. */
export const cardId = (card: { responseId: string; questionId: string }) =>
  `answer-${card.responseId}-${card.questionId}`;

/** Themes offered on a card: every live theme, plus retired ones already applied (so they can come off). */
export function themesOffered(themes: readonly Theme[], applied: readonly string[]): Theme[] {
  return themes.filter((th) => !th.retired || applied.includes(th.id));
}

function HarmRow({ t, labels, harm }: { t: TFunction; labels: Labels; harm: Card["harms"][number] }) {
  const name = labels.harm(harm.id);
  const status = harm.decision ?? "waiting";
  return (
    <li class="coding-suggestion">
      <span>{name}</span>{" "}
      <strong class={`tag${status === "rejected" ? " tag--warning" : ""}`}>
        {t(`ws.coding.harmStatus.${status}`)}
      </strong>
      {harm.decision === null ? (
        <span class="coding-suggestion__buttons">
          <button
            type="submit"
            class="button button--secondary button--small"
            name="harm"
            value={`${harm.id}:accepted`}
            data-accept
          >
            {t("ws.coding.card.accept")}
            <span class="visually-hidden">: {name}</span>
          </button>
          <button
            type="submit"
            class="button button--secondary button--small"
            name="harm"
            value={`${harm.id}:rejected`}
            data-reject
          >
            {t("ws.coding.card.reject")}
            <span class="visually-hidden">: {name}</span>
          </button>
        </span>
      ) : null}
    </li>
  );
}

/**
 * One answer to code. Its form sets the answer's themes (ticked = applied) and takes a decision on a
 * suggested harm or applies a suggested theme; the bulk checkbox belongs to the bulk form (`form=`),
 * since forms cannot nest.
 */
export function AnswerCard(props: {
  t: TFunction;
  labels: Labels;
  card: Card;
  themes: readonly Theme[];
  returnTo: string;
  selected: boolean;
}) {
  const { t, labels, card } = props;
  const id = cardId(card);
  const applied = card.themes.map((th) => th.id);
  const offered = themesOffered(props.themes, applied);
  return (
    <article
      class="answer-card"
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-answer-card
      data-response-id={card.responseId}
      data-question-id={card.questionId}
    >
      <h3 class="answer-card__title" id={`${id}-title`}>
        {labels.question(card.surveyId, card.questionId)}
      </h3>
      <p class="answer-card__meta">
        {[
          labels.survey(card.surveyId),
          labels.audience(card.audience),
          labels.language(card.locale),
          labels.day(card.submittedOn),
        ].join(" · ")}
      </p>
      <blockquote class="answer-card__text" lang={card.locale}>
        {card.text}
      </blockquote>
      <div class="choice answer-card__select">
        <input
          class="choice__input"
          type="checkbox"
          id={`${id}-select`}
          name="answer"
          value={`${card.responseId}:${card.questionId}`}
          form="bulk-form"
          checked={props.selected}
          data-bulk-select
        />
        <label class="choice__label" for={`${id}-select`}>
          {t("ws.coding.card.select")}
        </label>
      </div>
      <p>
        <strong>{t("ws.coding.card.applied")}</strong>{" "}
        <span data-applied data-none={t("ws.coding.card.none")}>
          {card.themes.length === 0 ? t("ws.coding.card.none") : card.themes.map((th) => th.label).join(", ")}
        </span>
      </p>
      <form method="post" action="/workspace/responses/code" class="answer-card__form">
        <input type="hidden" name="responseId" value={card.responseId} />
        <input type="hidden" name="questionId" value={card.questionId} />
        <input type="hidden" name="return" value={props.returnTo} />
        {card.harms.length > 0 ? (
          <>
            <h4>{t("ws.coding.card.harms")}</h4>
            <ul class="coding-suggestions">
              {card.harms.map((harm) => (
                <HarmRow key={harm.id} t={t} labels={labels} harm={harm} />
              ))}
            </ul>
          </>
        ) : null}
        {card.suggestedThemes.length > 0 ? (
          <>
            <h4>{t("ws.coding.card.suggestedThemes")}</h4>
            <ul class="coding-suggestions">
              {card.suggestedThemes.map((th) => (
                <li key={th.id} class="coding-suggestion">
                  <span>{th.label}</span>{" "}
                  <button
                    type="submit"
                    class="button button--secondary button--small"
                    name="add"
                    value={th.id}
                    data-accept
                  >
                    {t("ws.coding.card.apply")}
                    <span class="visually-hidden">: {th.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <fieldset class="fieldset">
          <legend class="fieldset__legend label">{t("ws.coding.card.themes")}</legend>
          <div class="coding-themes">
            {offered.map((th, n) => (
              <div class="choice" key={th.id}>
                <input
                  class="choice__input"
                  type="checkbox"
                  id={`${id}-theme-${th.id}`}
                  name="themeId"
                  value={th.id}
                  checked={applied.includes(th.id)}
                  data-theme-toggle={th.id}
                />
                <label class="choice__label" for={`${id}-theme-${th.id}`}>
                  {th.retired ? t("ws.coding.themes.retiredLabel", { label: th.label }) : th.label}
                  {n < 9 ? (
                    <span class="coding-key" aria-hidden="true">
                      {n + 1}
                    </span>
                  ) : null}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="button button--small" name="save" value="1">
          {t("ws.coding.card.save")}
        </button>
        <p
          class="answer-card__status"
          role="status"
          data-card-status
          data-saved={t("ws.coding.card.saved")}
          data-not-saved={t("ws.coding.card.notSaved")}
        />
      </form>
    </article>
  );
}
