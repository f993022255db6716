import { EMERGENCY_LINES } from '@tsunagu/schema/triage';
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { EmergencyLineId } from '../i18n/catalogue.js';
import { displayPhone, phoneHref } from '../i18n/format.js';
import type { I18n } from '../i18n/locale-controller.js';

export interface EmergencyNoticeOptions {
  /** Which lines, in order (most urgent first), e.g. `['police', 'ambulance', 'child_abuse']`. */
  lines: readonly EmergencyLineId[];
  /** Defaults to `emergency`; must be unique in the shadow root. */
  id?: string;
  heading?: string;
  /** Defaults to the catalogue's intro; pass '' for none. */
  intro?: string;
  /** Heading level (default 2): 3 or 4 inside another section. */
  level?: 2 | 3 | 4;
  /** Calm lines that are not an emergency (24-hour lines in the help card): smaller, not red. */
  compact?: boolean;
}

/**
 * The "call now" block: large `tel:` links whose text is the number and the line's name, with a short note.
 * Parts: emergency, emergency-heading, emergency-link, emergency-note.
 */
export function emergencyNotice(i18n: I18n, options: EmergencyNoticeOptions): TemplateResult {
  const id = options.id ?? 'emergency';
  const text = i18n.m.emergency;
  const intro = options.intro ?? text.intro;
  const headingId = `${id}-heading`;
  const headingText = options.heading ?? text.heading;
  const heading =
    options.level === 4
      ? html`<h4 id=${headingId} part="emergency-heading">${headingText}</h4>`
      : options.level === 3
        ? html`<h3 id=${headingId} part="emergency-heading">${headingText}</h3>`
        : html`<h2 id=${headingId} part="emergency-heading">${headingText}</h2>`;
  const body = html`${heading} ${intro ? html`<p>${intro}</p>` : nothing}
    <ul>
      ${options.lines.map((line) => {
        const number = EMERGENCY_LINES[line].tel; // numbers live once, beside the triage rules
        return html`<li>
          <a class="emergency-link" part="emergency-link" href=${phoneHref(number)}>
            <span class="number">${displayPhone(number)}</span>
            <span class="name">${text.lines[line].name}</span>
          </a>
          <p class="line-note" part="emergency-note">${text.lines[line].note}</p>
        </li>`;
      })}
    </ul>`;
  // The compact lines sit inside a help card, which is the landmark: a region of their own would repeat
  // the same name once per card on a page that shows two (the finder's and the footer's).
  return options.compact
    ? html`<div id=${id} class="emergency compact" part="emergency">${body}</div>`
    : html`<section id=${id} class="emergency" part="emergency" aria-labelledby=${headingId}>
        ${body}
      </section>`;
}
