import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { ConsultationWindow } from '@tsunagu/schema';
import { CONCERNS } from '@tsunagu/schema';
import { displayPhone, formatDistance, formatWalkingTime, phoneHref } from '../i18n/format.js';
import type { LocaleId } from '../i18n/registry.js';
import { withReadings } from '../i18n/readings.js';
import type { FinderResult } from './finder-search.js';
import { hoursText } from '../internal/hours-text.js';
import type { I18n } from '../i18n/locale-controller.js';
import type { FinderCatalogue } from './messages/index.js';
import { supportWords } from '../i18n/support-words.js';

export interface CardContext {
  i18n: I18n;
  /** Programs listed once above the results: not repeated in each card. */
  sharedPrograms: readonly string[];
  locale: LocaleId;
  m: FinderCatalogue;
  now: Date;
  wardName: (wardId: string) => string;
  languageName: (tag: string) => string;
}

/** The name in the reader's language where the data has one (English names exist; easy Japanese reads ja). */
export function windowName(window: ConsultationWindow, locale: LocaleId): string {
  return locale === 'en' && window.name_en ? window.name_en : withReadings(window.name, locale);
}

function organizationName(window: ConsultationWindow, locale: LocaleId): string {
  return locale === 'en' && window.organization_en
    ? window.organization_en
    : withReadings(window.organization, locale);
}

/**
 * `lang="ja"` for Japanese data shown in an English interface (names without an English form, addresses),
 * so a screen reader reads it with a Japanese voice.
 */
function dataLang(locale: LocaleId, english: string | null | undefined): string | typeof nothing {
  return locale === 'en' && !english ? 'ja' : nothing;
}

function helpsWith(ctx: CardContext, window: ConsultationWindow): TemplateResult {
  const { m } = ctx;
  const takesAny = window.concerns.length >= CONCERNS.length;
  const items = window.description_codes
    .filter((code) => !ctx.sharedPrograms.includes(code))
    .map((code) => supportWords(ctx.i18n).programs[code].label);
  if (items.length === 0 && !takesAny)
    items.push(...window.concerns.map((c) => supportWords(ctx.i18n).concerns[c]));
  return html`<div class="helps">
    <p class="label-inline">${m.results.helpsWith}</p>
    ${takesAny ? html`<p>${m.results.anyConcern}</p>` : nothing}
    ${
      items.length
        ? html`<ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

function phones(ctx: CardContext, window: ConsultationWindow): TemplateResult | typeof nothing {
  const r = ctx.m.results;
  const list = window.phones.filter((p) => p.kind !== 'fax');
  const fax = window.phones.filter((p) => p.kind === 'fax');
  if (list.length === 0 && fax.length === 0) return nothing;
  return html`<ul class="phones">
    ${list.map(
      (p) =>
        html`<li>
          ${r.phone}: <a class="tel" part="tel" href=${phoneHref(p.number)}>${displayPhone(p.number)}</a>
          ${p.free ? html`<span class="muted">（${r.free}）</span>` : nothing}
        </li>`,
    )}
    ${fax.map((p) => html`<li>${r.fax}: ${displayPhone(p.number)}</li>`)}
  </ul>`;
}

function mapHref(window: ConsultationWindow): string {
  // The address finds the building; the coordinates are only the town's representative point.
  const query = window.location ? window.location.address : '';
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/** One result: name, badges, what they help with, hours and open-now, phone, address, languages, access. */
export function resultCard(ctx: CardContext, result: FinderResult, headingId: string): TemplateResult {
  const { window } = result;
  const { m, locale } = ctx;
  const r = m.results;
  const name = windowName(window, locale);
  const notServing = result.group === 'other_ward' && window.service_area;
  return html`<article
    class=${`card ${result.group}`}
    part="result"
    tabindex="-1"
    aria-labelledby=${headingId}
  >
    <h3 id=${headingId} class="card-title" part="result-title" lang=${dataLang(locale, window.name_en)}>
      ${name}
    </h3>
    <p class="org" lang=${dataLang(locale, window.organization_en)}>${organizationName(window, locale)}</p>
    ${result.group === 'own_ward' ? html`<p class="badge-ward" part="your-ward">${r.yourWard}</p>` : nothing}
    ${result.pinned ? html`<p class="pinned">${r.pinned}</p>` : nothing}
    ${
      notServing
        ? html`<p class="serves">
            ${r.servesWardOnly(window.service_area!.ward_ids.map(ctx.wardName).join('・'))}
          </p>`
        : nothing
    }
    ${
      result.distanceM !== null
        ? html`<p class="distance">
            ${r.distance(formatDistance(result.distanceM, locale), formatWalkingTime(result.distanceM, locale))}
          </p>`
        : nothing
    }
    ${hoursText(ctx.i18n, window.hours, ctx.now)} ${phones(ctx, window)}
    ${
      window.location
        ? html`<p class="address">
            ${r.address}: <span lang=${dataLang(locale, null)}>${window.location.address}</span>
            <a href=${mapHref(window)} target="_blank" rel="noopener noreferrer"
              >${r.map(name)}<span class="visually-hidden">${r.newTab}</span></a
            >
          </p>`
        : nothing
    }
    ${helpsWith(ctx, window)}
    ${
      window.languages.length
        ? html`<p>${r.languages}: ${window.languages.map(ctx.languageName).join('、')}</p>`
        : nothing
    }
    ${
      window.accessibility.length
        ? html`<p>
            ${r.accessibility}: ${window.accessibility.map((a) => m.filters.accessibility[a]).join('、')}
          </p>`
        : nothing
    }
    ${
      window.note_codes.length
        ? html`<ul class="notes">
            ${window.note_codes.map((code) => html`<li>${m.notes[code]}</li>`)}
          </ul>`
        : nothing
    }
    ${
      window.url
        ? html`<p>
            <a href=${window.url} target="_blank" rel="noopener noreferrer"
              >${r.website}<span class="visually-hidden">${r.newTab}</span></a
            >
          </p>`
        : nothing
    }
  </article>`;
}
