import { EMERGENCY_LINES } from '@tsunagu/schema/triage';
import { html, nothing, type TemplateResult } from 'lit';
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
}

/**
 * The "call now" block: large `tel:` links whose text is the number and the line's name, with a short note.
 * Parts: emergency, emergency-heading, emergency-link, emergency-note.
 */
export function emergencyNotice(i18n: I18n, options: EmergencyNoticeOptions): TemplateResult {
  const id = options.id ?? 'emergency';
  const text = i18n.m.emergency;
  const intro = options.intro ?? text.intro;
  return html`<section id=${id} class="emergency" part="emergency" aria-labelledby=${`${id}-heading`}>
    <h2 id=${`${id}-heading`} part="emergency-heading">${options.heading ?? text.heading}</h2>
    ${intro ? html`<p>${intro}</p>` : nothing}
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
    </ul>
  </section>`;
}
