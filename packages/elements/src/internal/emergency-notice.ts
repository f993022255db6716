import { html, nothing, type TemplateResult } from 'lit';
import type { EmergencyLineId } from '../i18n/catalogue.js';
import { displayPhone, phoneHref } from '../i18n/format.js';
import type { I18n } from '../i18n/locale-controller.js';

/**
 * Numbers of the national lines (from the public sources listed in /work/shared/data/README.md; re-check
 * before production). Names and notes are in the catalogues under `emergency.lines`.
 */
export const EMERGENCY_LINES: Readonly<Record<EmergencyLineId, string>> = {
  police: '110',
  fire_ambulance: '119',
  medical_advice: '#7119',
  child_abuse: '189',
  yorisoi: '0120-279-338',
  inochi: '0120-783-556',
  kokoro: '0570-064-556',
};

export interface EmergencyNoticeOptions {
  /** Which lines, in order (most urgent first), e.g. `['police', 'fire_ambulance', 'child_abuse']`. */
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
        const number = EMERGENCY_LINES[line];
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
