// The help card: the person's ward window (name, phone, whether it is open now and when it opens next) and
// the 24-hour lines — shown atop the finder and on the report's receipt, so nobody is left without a next
// step. After hours (the window closed, or no ward known) the lines come first: they are the help there is
// tonight. Parts: help-card, tel, status-open, status-closed, emergency…
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { withReadings } from '../i18n/readings.js';
import type { ConsultationWindow } from '@tsunagu/schema';
import { displayPhone, phoneHref } from '../i18n/format.js';
import type { EmergencyLineId } from '../i18n/catalogue.js';
import type { I18n } from '../i18n/locale-controller.js';
import { emergencyNotice } from './emergency-notice.js';
import { hoursText, isOpenNow } from './hours-text.js';
import { supportWords } from '../i18n/support-words.js';

/** Lines that answer any worry at any hour (DESIGN §3: the national 24-hour lines). */
export const DAY_AND_NIGHT_LINES: readonly EmergencyLineId[] = ['yorisoi', 'child_abuse'];

export interface HelpCardOptions {
  /** Unique in the shadow root. */
  id: string;
  /** The ward's 生活支援課 (comprehensive window); null while unknown. */
  office: ConsultationWindow | null;
  /** The office's name as shown (default: its English name on English pages, where the data has one). */
  officeName?: string;
  now: Date;
  /** Defaults to the catalogue's "not sure where to go?". */
  heading?: string;
  /** Defaults to the catalogue's text; '' for none. */
  text?: string;
  /** Heading level of the card (the lines' heading is one below). */
  level?: 2 | 3;
  /** Part names (default `help-card`). */
  part?: string;
}

/** The office's name in the reader's language where the data has one. */
function officeName(office: ConsultationWindow, i18n: I18n): string {
  return i18n.locale === 'en' && office.name_en ? office.name_en : withReadings(office.name, i18n.locale);
}

export function helpCard(i18n: I18n, o: HelpCardOptions): TemplateResult {
  const words = supportWords(i18n).helpCard;
  const office = o.office;
  const phone = office?.phones.find((p) => p.kind === 'voice');
  const open = office ? isOpenNow(office.hours, o.now) : false;
  const text = o.text ?? words.text;
  const lines = emergencyNotice(i18n, {
    id: `${o.id}-lines`,
    lines: DAY_AND_NIGHT_LINES,
    heading: words.linesHeading,
    intro: open ? words.linesIntro : words.linesAfterHours,
    level: o.level === 3 ? 4 : 3,
    compact: true,
  });
  const heading = o.heading ?? words.heading;
  return html`<section
    id=${o.id}
    class="help-card"
    part=${o.part ?? 'help-card'}
    aria-labelledby=${`${o.id}-heading`}
  >
    ${
      o.level === 3
        ? html`<h3 id=${`${o.id}-heading`}>${heading}</h3>`
        : html`<h2 id=${`${o.id}-heading`}>${heading}</h2>`
    }
    ${text ? html`<p>${text}</p>` : nothing} ${open ? nothing : lines}
    ${
      office
        ? html`<div class="help-office">
            <p class="help-office-name"><strong>${o.officeName ?? officeName(office, i18n)}</strong></p>
            ${
              phone
                ? html`<p>
                    ${words.phone}:
                    <a class="tel" part="tel" href=${phoneHref(phone.number)}
                      >${displayPhone(phone.number)}</a
                    >
                  </p>`
                : nothing
            }
            ${hoursText(i18n, office.hours, o.now)}
          </div>`
        : nothing
    }
    ${open ? lines : nothing}
  </section>`;
}
