// Opening hours in words — open now until…, closed now and when it opens next, today's hours — for every
// widget that shows a window (finder cards, the help card on the receipt). Words in the shared catalogue.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { OpeningHours } from '@tsunagu/schema/hours';
import { formatDate, formatTime } from '../i18n/format.js';
import type { I18n } from '../i18n/locale-controller.js';
import { summarizeHours } from './hours-summary.js';
import { supportWords } from '../i18n/support-words.js';

/** "8:45〜17:00" for each interval, joined. */
function intervalsText(i18n: I18n, intervals: readonly { opens_at: string; closes_at: string }[]): string {
  const clock = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');
  return intervals
    .map((i) => supportWords(i18n).hours.timeRange(clock(i.opens_at), clock(i.closes_at)))
    .join(', ');
}

/** Whether a window is open at `now` (the help card shows the 24-hour lines first when it is not). */
export function isOpenNow(hours: OpeningHours, now: Date): boolean {
  const kind = summarizeHours(hours, now).kind;
  return kind === 'open' || kind === 'always';
}

/** The status line and today's hours. Parts: status-open, status-closed. */
export function hoursText(i18n: I18n, hours: OpeningHours, now: Date): TemplateResult {
  const h = supportWords(i18n).hours;
  const summary = summarizeHours(hours, now);
  switch (summary.kind) {
    case 'always':
      return html`<p class="status open" part="status-open"><strong>${h.alwaysOpen}</strong></p>`;
    case 'unknown':
      return html`<p class="hours">${h.hoursUnknown}</p>`;
    case 'open':
      return html`<p class="status open" part="status-open">
          <strong>${summary.closesAt ? h.openUntil(formatTime(summary.closesAt)) : h.openNow}</strong>
        </p>
        <p class="hours">${h.todayHours(intervalsText(i18n, summary.today))}</p>`;
    case 'closed': {
      const next = summary.next;
      const when = !next
        ? ''
        : summary.nextDay === 'today'
          ? h.opensToday(formatTime(next))
          : summary.nextDay === 'tomorrow'
            ? h.opensTomorrow(formatTime(next))
            : h.opensOn(formatDate(next, i18n.locale), formatTime(next));
      return html`<p class="status closed" part="status-closed">
          <strong>${h.closedNow}</strong>${when ? html`<span class="next">${when}</span>` : nothing}
        </p>
        <p class="hours">
          ${summary.today.length ? h.todayHours(intervalsText(i18n, summary.today)) : h.closedToday}
        </p>`;
    }
  }
}
