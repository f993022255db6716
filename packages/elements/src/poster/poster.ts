import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html, plain, ruby } from '../i18n/ruby.js';
import { EMERGENCY_LINES } from '@tsunagu/schema/triage';
import { displayPhone } from '../i18n/format.js';
import { LOCALES, isLocaleId } from '../i18n/registry.js';
import { emergencyNotice } from '../internal/emergency-notice.js';
import { DAY_AND_NIGHT_LINES } from '../internal/help-card.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { POSTER_CATALOGUES, type PosterCatalogue } from './messages/index.js';
import { posterStyles } from './poster.styles.js';
import { qrSvg } from './qr.js';

type Format = 'poster' | 'card';

/** Counter cards per A4 sheet: 2 × 4 cards of 91 × 55 mm leave room for a printer's margins. */
const CARDS_PER_SHEET = 8;

/**
 * A printable A4 poster or a sheet of name-card-sized counter cards with a QR code to the partner's finder
 * or report page, in every locale. The QR code is drawn here, in the browser; printing is the browser's own
 * (`window.print()`), and the print stylesheet leaves only the sheet. No request at all.
 *
 * @tagname tsunagu-poster
 * @summary 印刷用ポスターとカード — an A4 poster or counter cards with a QR code to the partner's page.
 *
 * @attr href - The page the QR code opens (the partner's finder or report page); relative URLs are resolved.
 * @attr target - What that page is: `finder` (default) or `report` (the sentence beside the code).
 * @attr format - `poster` (default) or `card`; the person can change it with the controls.
 * @attr partner - The partner's name, printed at the foot ("displayed by …"), optional.
 * @attr lang - Language of the sheet and the controls; the controls' language choice sets it.
 *
 * @csspart sheet - The printed sheet.
 * @csspart qr - A QR code.
 * @csspart button - The print button.
 */
export class Poster extends TsunaguElement {
  static override styles = [TsunaguElement.styles, posterStyles];
  static override catalogues = [POSTER_CATALOGUES];

  static override properties: PropertyDeclarations = {
    href: {},
    target: {},
    format: { reflect: true },
    partner: {},
  };

  declare href: string;
  declare target: string;
  declare format: Format;
  declare partner: string;

  constructor() {
    super();
    this.href = '';
    this.target = 'finder';
    this.format = 'poster';
    this.partner = '';
  }

  private get words(): PosterCatalogue {
    return POSTER_CATALOGUES.get(this.i18n.locale);
  }

  /** The absolute URL the code carries (a phone cannot resolve a relative one). */
  private get url(): string {
    if (!this.href) return '';
    try {
      return new URL(this.href, document.baseURI).href;
    } catch {
      return '';
    }
  }

  private setLanguage(value: string): void {
    if (isLocaleId(value)) this.setAttribute('lang', value);
  }

  private controls(m: PosterCatalogue): TemplateResult {
    return html`<section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">${ruby(m.controls.heading)}</h2>
      <label for="format">${ruby(m.controls.format)}</label>
      <select
        id="format"
        .value=${this.format}
        @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value as Format)}
      >
        ${(['poster', 'card'] as const).map(
          (f) =>
            html`<option value=${f} ?selected=${f === this.format}>${plain(m.controls.formats[f])}</option>`,
        )}
      </select>
      <label for="language">${ruby(m.controls.language)}</label>
      <select id="language" @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}>
        ${LOCALES.map(
          (l) =>
            html`<option value=${l} lang=${l} ?selected=${l === this.i18n.locale}>${m.languages[l]}</option>`,
        )}
      </select>
      <p id="print-hint">${ruby(m.controls.hint)}</p>
      ${this.url ? nothing : html`<p class="error" role="alert">${m.controls.missingHref}</p>`}
      <button
        type="button"
        class="button"
        part="button"
        aria-describedby="print-hint"
        @click=${() => window.print()}
      >
        ${ruby(m.controls.print)}
      </button>
    </section>`;
  }

  private poster(m: PosterCatalogue, url: string): TemplateResult {
    return html`<div class="sheet poster" part="sheet">
      <h2 id="poster-headline">${ruby(m.headline)}</h2>
      <p class="lead">${ruby(m.lead)}</p>
      ${
        url
          ? html`<div class="scan">
              ${qrSvg(url, m.qrLabel(url))}
              <p>
                ${ruby(this.target === 'report' ? m.scan.report : m.scan.finder)}
                <span class="url">${url}</span>
              </p>
            </div>`
          : nothing
      }
      ${emergencyNotice(this.i18n, {
        id: 'poster-lines',
        lines: DAY_AND_NIGHT_LINES,
        heading: plain(m.linesHeading),
        intro: '',
        level: 3,
        compact: true,
      })}
      ${this.partner ? html`<p class="partner">${m.partner(this.partner)}</p>` : nothing}
    </div>`;
  }

  private cards(m: PosterCatalogue, url: string): TemplateResult {
    const lines = this.i18n.m.emergency.lines;
    const card = (n: number) =>
      html`<div class="card" aria-hidden=${n > 0 ? 'true' : nothing}>
        <div>
          <h3>${ruby(m.cardHeading)}</h3>
          <p>${ruby(this.target === 'report' ? m.scan.report : m.scan.finder)}</p>
          <ul>
            ${DAY_AND_NIGHT_LINES.map(
              (line) =>
                html`<li>
                  ${lines[line].name} <strong>${displayPhone(EMERGENCY_LINES[line].tel)}</strong>
                </li>`,
            )}
          </ul>
        </div>
        ${url ? qrSvg(url, m.qrLabel(url)) : nothing}
      </div>`;
    // the eight cards are copies to cut apart: read once, hidden from screen readers after the first
    return html`<div class="sheet cards" part="sheet">
      ${Array.from({ length: CARDS_PER_SHEET }, (_, n) => card(n))}
    </div>`;
  }

  override render(): TemplateResult {
    const m = this.words;
    const url = this.url;
    return html`${this.controls(m)} ${this.format === 'card' ? this.cards(m, url) : this.poster(m, url)}`;
  }
}
