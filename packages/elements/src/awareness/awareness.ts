import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html, plain, ruby } from '../i18n/ruby.js';
import { emergencyNotice } from '../internal/emergency-notice.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { awarenessStyles } from './awareness.styles.js';
import { AWARENESS_CATALOGUES, type AwarenessCatalogue } from './messages/index.js';
import { isAudience, ROLES, URGENT_LINES, type Audience } from './situations.js';

/**
 * A short, calm guide for the people who meet others every day (a shop's staff, a delivery driver, a teacher,
 * a neighbour): the national gatekeeper model's four roles with examples for the reader's work, what to say
 * and what to avoid, when to call right away (the same lines as the report's triage), and the next step on
 * the same page. Static: it sends nothing and loads nothing but its words.
 *
 * @tagname tsunagu-awareness
 * @summary 気づいたときに、できること — the gatekeeper guide beside a partner's report form.
 *
 * @attr audience - Whose examples: `shop` (default), `delivery`, `school` or `neighbour`.
 * @attr next-href - Where the next step goes: the report form or finder on the page (`#report`) or a page.
 * @attr lang - Language (`ja`, `ja-x-easy`, `en`); follows ancestors and `<html lang>` otherwise.
 *
 * @slot next - The next step, when the partner's own link or button fits better than `next-href`.
 *
 * @csspart role - One of the four roles.
 * @csspart next - The "pass on what you noticed" box.
 * @csspart next-link - Its link (from `next-href`).
 */
export class Awareness extends TsunaguElement {
  static override styles = [TsunaguElement.styles, awarenessStyles];
  static override catalogues = [AWARENESS_CATALOGUES];

  static override properties: PropertyDeclarations = {
    audience: {},
    nextHref: { attribute: 'next-href' },
  };

  declare audience: string;
  declare nextHref: string;

  constructor() {
    super();
    this.audience = 'shop';
    this.nextHref = '';
  }

  private get words(): AwarenessCatalogue {
    return AWARENESS_CATALOGUES.get(this.i18n.locale);
  }

  /**
   * A link to a section of this page (`#report`): the widgets in it may not have upgraded yet (the embed
   * loads the page's first widget first), so the page is still too short to bring the section to the top.
   * Wait for them, then scroll and focus, so the person lands on the form and stays there.
   */
  private async goToNext(event: MouseEvent): Promise<void> {
    if (!this.nextHref.startsWith('#') || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    const target = document.getElementById(decodeURIComponent(this.nextHref.slice(1)));
    if (!target) return;
    event.preventDefault();
    const pending = [...target.querySelectorAll(':not(:defined)')].map((el) =>
      customElements.whenDefined(el.localName),
    );
    const waited = Promise.all(pending).then(() => new Promise((done) => requestAnimationFrame(done)));
    await Promise.race([waited, new Promise((done) => setTimeout(done, 3000))]);
    history.pushState(null, '', this.nextHref);
    target.scrollIntoView({ block: 'start' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }

  private get chosenAudience(): Audience {
    return isAudience(this.audience) ? this.audience : 'shop';
  }

  override render(): TemplateResult {
    const m = this.words;
    const examples = m.audiences[this.chosenAudience];
    return html`<section class="guide" aria-labelledby="awareness-title">
      <h2 id="awareness-title">${ruby(m.title)}</h2>
      <p>${ruby(m.intro)}</p>
      <section aria-labelledby="roles-heading">
        <h3 id="roles-heading">${ruby(m.rolesHeading)}</h3>
        <p class="audience">${ruby(examples.label)}</p>
        <ol class="roles">
          ${ROLES.map(
            (role) =>
              html`<li class="role" part="role">
                <h4>${ruby(m.roles[role].name)}</h4>
                <p>${ruby(m.roles[role].text)}</p>
                <p class="role-example"><strong>${ruby(m.example)}</strong>${ruby(examples[role])}</p>
              </li>`,
          )}
        </ol>
      </section>
      <div class="do-dont">
        <section aria-labelledby="say-heading">
          <h3 id="say-heading">${ruby(m.sayHeading)}</h3>
          <ul>
            ${Object.values(m.say).map((text) => html`<li>${ruby(text)}</li>`)}
          </ul>
        </section>
        <section aria-labelledby="avoid-heading">
          <h3 id="avoid-heading">${ruby(m.avoidHeading)}</h3>
          <ul>
            ${Object.values(m.avoid).map((text) => html`<li>${ruby(text)}</li>`)}
          </ul>
        </section>
      </div>
      ${emergencyNotice(this.i18n, {
        id: 'urgent',
        lines: URGENT_LINES,
        heading: plain(m.urgentHeading),
        intro: plain(m.urgentIntro),
        level: 3,
      })}
      <section class="next" part="next" aria-labelledby="next-heading">
        <h3 id="next-heading">${ruby(m.nextHeading)}</h3>
        <p>${ruby(m.nextText)}</p>
        <slot name="next"
          >${
            this.nextHref
              ? html`<a
                  class="next-link"
                  part="next-link"
                  href=${this.nextHref}
                  @click=${(event: MouseEvent) => void this.goToNext(event)}
                  >${ruby(m.nextLink)}</a
                >`
              : nothing
          }</slot
        >
      </section>
    </section>`;
  }
}
