import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html, plain, ruby } from '../i18n/ruby.js';
import { liveRegions } from '../internal/live-announcer.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { awarenessStyles } from './awareness.styles.js';
import { AWARENESS_CATALOGUES, type AwarenessCatalogue } from './messages/index.js';
import { SITUATIONS, type Situation } from './situations.js';

type Answer = { label: string; feedback: string };

/**
 * A five-minute self-check for staff training: everyday situations, a choice for each, and kind feedback
 * on every answer (the suggested one and the others). Nothing is collected, counted or sent; the choices
 * live only in this element and are gone when the page closes.
 *
 * @tagname tsunagu-self-check
 * @summary 5分でできる ふりかえり — gatekeeper situations with feedback, for staff training.
 *
 * @attr lang - Language (`ja`, `ja-x-easy`, `en`); follows ancestors and `<html lang>` otherwise.
 *
 * @csspart situation - One situation with its answers.
 * @csspart feedback - The feedback on the chosen answer.
 */
export class SelfCheck extends TsunaguElement {
  static override styles = [TsunaguElement.styles, awarenessStyles];
  static override catalogues = [AWARENESS_CATALOGUES];

  static override properties: PropertyDeclarations = {
    chosen: { attribute: false },
  };

  /** Situation id → the answer id chosen so far (in memory only; stories set it to show feedback). */
  declare chosen: Readonly<Record<string, string>>;

  constructor() {
    super();
    this.chosen = {};
  }

  private get words(): AwarenessCatalogue {
    return AWARENESS_CATALOGUES.get(this.i18n.locale);
  }

  private answerWords(situation: Situation, answer: string): Answer {
    return (this.words.situations[situation.id].answers as Record<string, Answer>)[answer]!;
  }

  private choose(situation: Situation, answer: string): void {
    this.chosen = { ...this.chosen, [situation.id]: answer };
    const m = this.words;
    const verdict = answer === situation.suggested ? m.selfCheck.suggested : m.selfCheck.another;
    void this.announcer.announce(`${verdict} ${plain(this.answerWords(situation, answer).feedback)}`);
  }

  private async reset(): Promise<void> {
    this.chosen = {};
    this.announcer.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#self-check-title')?.focus();
  }

  private situation(situation: Situation, n: number): TemplateResult {
    const m = this.words;
    const text = m.situations[situation.id].text;
    const chosen = this.chosen[situation.id];
    const legendId = `s-${situation.id}-legend`;
    return html`<li class="situation" part="situation">
      <fieldset aria-labelledby=${legendId}>
        <legend id=${legendId}>
          <span class="situation-number">${m.selfCheck.situationHeading(n, SITUATIONS.length)}</span>
          <br />${ruby(text)}
        </legend>
        ${situation.answers.map((answer) => {
          const id = `s-${situation.id}-${answer}`;
          return html`<div class="answer">
            <input
              type="radio"
              id=${id}
              name=${`s-${situation.id}`}
              value=${answer}
              .checked=${chosen === answer}
              @change=${() => this.choose(situation, answer)}
            />
            <label for=${id}>${ruby(this.answerWords(situation, answer).label)}</label>
          </div>`;
        })}
        ${
          chosen
            ? html`<div
                class=${chosen === situation.suggested ? 'feedback suggested' : 'feedback'}
                part="feedback"
                id=${`s-${situation.id}-feedback`}
              >
                <strong
                  >${chosen === situation.suggested ? m.selfCheck.suggested : m.selfCheck.another}</strong
                >
                ${ruby(this.answerWords(situation, chosen).feedback)}
              </div>`
            : nothing
        }
      </fieldset>
    </li>`;
  }

  override render(): TemplateResult {
    const m = this.words;
    const all = SITUATIONS.every((s) => this.chosen[s.id]);
    return html`<section class="self-check" aria-labelledby="self-check-title">
      <h2 id="self-check-title" tabindex="-1">${ruby(m.selfCheck.title)}</h2>
      <p>${ruby(m.selfCheck.intro)}</p>
      <ol class="situations">
        ${SITUATIONS.map((s, i) => this.situation(s, i + 1))}
      </ol>
      ${all ? html`<p class="done">${ruby(m.selfCheck.done)}</p>` : nothing}
      <button type="button" class="button secondary" part="button" @click=${() => this.reset()}>
        ${m.selfCheck.reset}
      </button>
      ${liveRegions(this.announcer)}
    </section>`;
  }
}
