import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { ConsultationWindow } from '@tsunagu/schema';
import type { LocaleController } from '../i18n/locale-controller.js';
import { busyButton } from '../internal/busy-button.js';
import { checkbox, checkboxGroup } from '../internal/choice-group.js';
import { helpCard } from '../internal/help-card.js';
import { selectField } from '../internal/select-field.js';
import type { FinderQuery } from './finder-query.js';
import type { FinderCatalogue } from './messages/index.js';
import type { PlaceController } from './place-controller.js';
import { townCombobox } from '../internal/town-combobox.js';

/** The accessibility needs offered as filters (DESIGN.md §3); cards show every code the data has. */
const ACCESS_FILTERS = ['wheelchair', 'writing', 'sign_language'] as const;
const MODE_FILTERS = ['phone', 'visit', 'online'] as const;

export interface ViewContext {
  i18n: LocaleController;
  m: FinderCatalogue;
  wardName: (wardId: string) => string;
  languageName: (tag: string) => string;
}

/** Where the person is: the geolocation button, the town box with suggestions, the ward select. */
export function placeFieldset(ctx: ViewContext, place: PlaceController): TemplateResult {
  const p = ctx.m.place;
  const geoMessage = place.geoStatus === 'idle' ? '' : place.geoMessage();
  const failed = place.geoStatus === 'denied' || place.geoStatus === 'unavailable';
  return html`<fieldset class="field place" part="field fieldset" aria-describedby="place-hint">
    <legend class="legend" part="legend">${p.heading}</legend>
    <p id="place-hint" class="hint" part="hint">${p.hint}</p>
    <div class="geo">
      ${busyButton(ctx.i18n, {
        id: 'locate',
        type: 'button',
        variant: 'secondary',
        label: p.geoButton,
        busy: place.geoStatus === 'busy',
        busyLabel: p.geoBusy,
        onClick: () => place.locate(),
      })}
      <p class="hint">${p.geoNote}</p>
      ${geoMessage ? html`<p id="geo-status" class=${failed ? 'notice' : 'geo-found'}>${geoMessage}</p>` : nothing}
    </div>
    ${
      place.hasTownSearch
        ? townCombobox({
            id: 'town',
            label: p.townLabel,
            hint: p.townHint,
            value: place.townText,
            options: place.suggestions.map((town) => ({
              id: town.id,
              label: `${place.townName(town, ctx.i18n.locale === 'en')}（${ctx.wardName(town.ward_id)}）`,
            })),
            expanded: place.listOpen && place.suggestions.length > 0,
            active: place.active,
            status: place.townStatus(),
            onInput: (value) => place.townInput(value),
            onKeyDown: (event) => place.townKeyDown(event),
            onChoose: (index) => {
              const town = place.suggestions[index];
              if (town) place.chooseTown(town);
            },
            onBlur: () => place.closeList(),
          })
        : nothing
    }
    ${selectField(ctx.i18n, {
      id: 'ward',
      label: p.wardLabel,
      value: place.wardChoice,
      placeholder: p.wardAll,
      options: place.wards.map((w) => ({ value: w.id, label: ctx.wardName(w.id) })),
      onChange: (value) => place.chooseWard(value),
    })}
  </fieldset>`;
}

/** Open now, language, contact mode and accessibility. */
export function filtersFieldset(
  ctx: ViewContext,
  query: FinderQuery,
  languages: readonly string[],
  setQuery: (patch: Partial<FinderQuery>) => void,
): TemplateResult {
  const f = ctx.m.filters;
  return html`<fieldset class="field filters" part="field fieldset">
    <legend class="legend" part="legend">${f.heading}</legend>
    ${checkbox(ctx.i18n, {
      id: 'open-now',
      label: f.openNow,
      checked: query.openNow,
      onChange: (checked) => setQuery({ openNow: checked }),
    })}
    ${selectField(ctx.i18n, {
      id: 'language',
      label: f.language,
      value: query.language,
      placeholder: f.languageAny,
      options: languages.map((tag) => ({ value: tag, label: ctx.languageName(tag) })),
      onChange: (value) => setQuery({ language: value }),
    })}
    ${checkboxGroup(ctx.i18n, {
      id: 'modes',
      label: f.modesLegend,
      values: query.contactModes,
      options: MODE_FILTERS.map((mode) => ({ value: mode, label: f.modes[mode] })),
      onChange: (values) => setQuery({ contactModes: values }),
    })}
    ${checkboxGroup(ctx.i18n, {
      id: 'access',
      label: f.accessibilityLegend,
      values: query.accessibility,
      options: ACCESS_FILTERS.map((need) => ({ value: need, label: f.accessibility[need] })),
      onChange: (values) => setQuery({ accessibility: values }),
    })}
  </fieldset>`;
}

/**
 * Help first: the person's ward window (or, before a ward is known, the advice to ask their ward) and the
 * 24-hour lines — near the top, and lines first after office hours (the shared help card).
 */
export function helpFirst(ctx: ViewContext, office: ConsultationWindow | null, now: Date): TemplateResult {
  return helpCard(ctx.i18n, {
    id: 'fallback',
    part: 'fallback help-card',
    office,
    now,
  });
}
