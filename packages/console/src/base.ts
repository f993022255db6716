// What every console screen shares: the widgets' base element (theme tokens, block styles, the language
// following `lang`, live regions), the console's and the concern report's catalogues, Tokyo-time formats,
// and the console's own layout styles.
import { css, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  FIELD_ERRORS,
  SUPPORT_WORDS,
  TIME_ZONE,
  TsunaguElement,
  baseStyles,
  formatDate,
  type LocaleId,
} from '@tsunagu/elements';
import type { SessionInfo, Ward } from '@tsunagu/schema';
import { ApiError, errorKey, type ConsoleApi } from './api.js';
import { CONSOLE_MESSAGES, type ConsoleMessages } from './messages/index.js';
import { REPORT_CATALOGUES, reportWords, type ReportMessages } from './report-labels.js';

export const consoleStyles = css`
  h1 {
    margin: 0 0 var(--_t-space-3);
    font-size: 1.625em;
    line-height: 1.35;
  }
  h2 {
    margin: var(--_t-space-6) 0 var(--_t-space-3);
    font-size: 1.25em;
    line-height: 1.4;
  }
  h3 {
    margin: var(--_t-space-4) 0 var(--_t-space-2);
    font-size: 1.0625em;
    line-height: 1.4;
  }
  /* headings take focus only from the script (a new screen, a secret shown once): no ring for them */
  [tabindex='-1']:focus,
  [tabindex='-1']:focus-visible {
    outline: none;
  }
  p {
    margin: 0 0 var(--_t-space-3);
  }
  .muted {
    color: var(--_t-color-text-muted);
  }
  .panel {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
  }
  .panel > :last-child {
    margin-bottom: 0;
  }
  .notice {
    margin: 0 0 var(--_t-space-4);
    padding: var(--_t-space-3) var(--_t-space-4);
    border-inline-start: 6px solid var(--_t-color-primary);
    background: var(--_t-color-surface);
  }
  .notice.warning {
    border-inline-start-color: var(--_t-color-error);
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
  .problem {
    margin: 0 0 var(--_t-space-4);
    padding: var(--_t-space-3) var(--_t-space-4);
    border: 3px solid var(--_t-color-error);
    border-radius: var(--_t-radius);
    color: var(--_t-color-text);
  }
  .problem p {
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_t-space-1) var(--_t-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_t-space-2);
    border: 1px solid var(--_t-color-border);
    border-radius: 4px;
    background: var(--_t-color-background);
    font-size: 0.875em;
    line-height: 1.6;
  }
  .tag.alert {
    border-color: var(--_t-color-error);
    background: var(--_t-color-error);
    color: var(--_t-color-on-emergency);
    font-weight: 700;
  }
  .tag.status {
    border-color: var(--_t-color-primary);
    color: var(--_t-color-primary);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_t-space-3);
    align-items: center;
    margin: 0 0 var(--_t-space-4);
  }
  .link-button {
    display: inline;
    min-height: 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_t-color-primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: var(--_t-space-2) var(--_t-space-4);
    margin: 0 0 var(--_t-space-4);
  }
  dl.facts dt {
    font-weight: 700;
  }
  dl.facts dd {
    margin: 0;
  }
  dl.facts.pre dd {
    white-space: pre-wrap;
  }
  @media (max-width: 599px) {
    dl.facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dl.facts dd {
      margin-bottom: var(--_t-space-3);
    }
  }
  .secret {
    display: block;
    padding: var(--_t-space-2) var(--_t-space-3);
    border: 1px dashed var(--_t-color-border);
    background: var(--_t-color-surface);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .cards {
    display: grid;
    gap: var(--_t-space-3);
    margin: 0 0 var(--_t-space-5);
    padding: 0;
    list-style: none;
  }
  .cards > li {
    padding: var(--_t-space-3) var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
  }
  .cards > li.priority {
    border-inline-start: 6px solid var(--_t-color-error);
  }
  .card-title {
    margin: 0 0 var(--_t-space-1);
    font-size: 1.0625em;
    font-weight: 700;
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_t-space-4);
  }
  .field-row > * {
    flex: 1 1 14em;
  }
  textarea.origins {
    min-height: 5em;
  }
  /* small utilities (the CSP allows no style attributes) */
  .u-m0 {
    margin: 0;
  }
  .u-mt0 {
    margin-top: 0;
  }
  .u-mt1 {
    margin: var(--_t-space-1) 0 0;
  }
  .u-my1 {
    margin: var(--_t-space-1) 0;
  }
  .u-mt2 {
    margin: var(--_t-space-2) 0 0;
  }
  .u-mt3 {
    margin-top: var(--_t-space-3);
  }
  .u-mt4 {
    margin-top: var(--_t-space-4);
  }
  .u-mb3 {
    margin-bottom: var(--_t-space-3);
  }
  .u-block {
    display: block;
  }
  .u-pre {
    white-space: pre-wrap;
  }
  .u-strong {
    border-width: 3px;
  }
  .u-break {
    overflow-wrap: anywhere;
  }
`;

export type Problem = { key: string; text: string; requestId: string | null } | null;

/** Base of every console screen. The shell hands each screen the API client, the session and the wards. */
export class ConsoleElement extends TsunaguElement {
  static override styles: CSSResultGroup = [baseStyles, consoleStyles];
  static override catalogues = [CONSOLE_MESSAGES, ...REPORT_CATALOGUES, SUPPORT_WORDS];

  @property({ attribute: false }) api!: ConsoleApi;
  @property({ attribute: false }) session: SessionInfo | null = null;
  @property({ attribute: false }) wards: readonly Ward[] = [];

  constructor() {
    super();
    // the console's forms word their field errors with the widgets' sentences (bundled: no later part here)
    void this.i18n.adoptFieldErrors(FIELD_ERRORS);
  }

  /** The console's words in the current language. */
  get t(): ConsoleMessages {
    return CONSOLE_MESSAGES.get(this.i18n.locale);
  }
  /** The concern report's words (the labels the reporter saw). */
  get r(): ReportMessages {
    return reportWords(this.i18n.locale);
  }
  get locale(): LocaleId {
    return this.i18n.locale;
  }

  wardName(id: string | null | undefined): string {
    if (!id) return '';
    const ward = this.wards.find((w) => w.id === id);
    if (!ward) return id;
    return this.locale === 'en' ? (ward.name_en ?? ward.name) : ward.name;
  }

  /** `3時間前` / `3 hours ago`, from now, in the locale. */
  relative(iso: string, now = Date.now()): string {
    const seconds = (Date.parse(iso) - now) / 1000;
    const rtf = new Intl.RelativeTimeFormat(this.i18n.intlLocale, { numeric: 'auto' });
    const steps: [Intl.RelativeTimeFormatUnit, number][] = [
      ['minute', 60],
      ['hour', 3600],
      ['day', 86400],
      ['month', 86400 * 30],
      ['year', 86400 * 365],
    ];
    const abs = Math.abs(seconds);
    if (abs < 60) return rtf.format(0, 'minute');
    let chosen: [Intl.RelativeTimeFormatUnit, number] = steps[0]!;
    for (const step of steps) if (abs >= step[1]) chosen = step;
    return rtf.format(Math.round(seconds / chosen[1]), chosen[0]);
  }

  /** A date and time in Japan: `12月3日（木） 14:05` / `Thu 3 Dec 14:05`. */
  dateTime(iso: string): string {
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));
    return `${formatDate(new Date(iso), this.locale)} ${time}`;
  }

  /** A calendar day (YYYY-MM-DD, already a Tokyo day) in the locale's short form. */
  day(isoDay: string): string {
    // noon Tokyo time of that day, so the day is the same in Asia/Tokyo whatever the browser's zone
    return formatDate(new Date(`${isoDay}T12:00:00+09:00`), this.locale);
  }

  /** A problem to show from a failed request: the catalogue's sentence for its code. */
  problemOf(error: unknown): Problem {
    const key = errorKey(error);
    const e = this.t.errors;
    const text =
      key === 'too_many_attempts'
        ? e.too_many_attempts(Math.max(1, Math.ceil(((error as ApiError).retryAfter ?? 60) / 60)))
        : e[key];
    return { key, text, requestId: error instanceof ApiError ? error.requestId : null };
  }

  renderProblem(problem: Problem, id = 'problem'): TemplateResult | typeof nothing {
    if (!problem) return nothing;
    return html`<div class="problem" id=${id} role="alert" tabindex="-1">
      <p><span class="visually-hidden">${this.i18n.m.common.errorPrefix}</span>${problem.text}</p>
      ${
        problem.requestId ? html`<p class="muted">${this.t.errors.requestId(problem.requestId)}</p>` : nothing
      }
    </div>`;
  }

  /** Focuses the element with `id` in this screen after the next render (headings, problems). */
  async focusAfterRender(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }
}
