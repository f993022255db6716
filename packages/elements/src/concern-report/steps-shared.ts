// Question groups both paths use after the danger check (./step-danger.ts): the path choice, the ward and
// town.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { radioGroup } from '../internal/choice-group.js';
import { selectField } from '../internal/select-field.js';
import { textField } from '../internal/text-field.js';
import { townCombobox } from '../internal/town-combobox.js';
import { townLabel } from '../window-finder/town-search.js';
import type { ReportValues } from './model.js';
import { wardName } from './api.js';
import { loadedWards, type ReportView } from './view.js';

export function pathStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n } = view;
  return radioGroup(i18n, {
    id: 'path',
    label: t.path.question,
    required: true,
    disabled: view.disabled,
    value: v.path,
    error: view.errorFor('path'),
    options: (['about_someone', 'self'] as const).map((value) => ({ value, ...t.path.options[value] })),
    onChange: (value) => view.set('path', value as ReportValues['path']),
  });
}

/** The ward (from the API's list of wards) and an optional town. */
export function placeFields(view: ReportView, label: string, hint: string): TemplateResult {
  const { t, values: v, i18n, wards } = view;
  const loaded = loadedWards(wards);
  const status = wards === 'loading' ? t.person.wardsLoading : wards === 'failed' ? t.person.wardsFailed : '';
  return html`${selectField(i18n, {
    id: 'ward_id',
    label,
    hint: status ? `${hint} ${status}` : hint,
    required: true,
    disabled: view.disabled,
    value: v.ward_id,
    error: view.errorFor('ward_id'),
    options: loaded.map((ward) => ({ value: ward.id, label: wardName(ward, i18n.locale) })),
    onChange: (value) => view.set('ward_id', value),
  })}
  ${
    wards === 'failed'
      ? html`<p class="inline-action">
          <button type="button" class="button secondary" part="button" @click=${() => view.retryWards()}>
            ${i18n.m.common.retry}
          </button>
        </p>`
      : nothing
  }
  ${
    view.townBox.ready
      ? townCombobox({
          id: 'town',
          label: t.person.town,
          hint: t.person.townHint,
          disabled: view.disabled,
          value: v.town,
          options: view.townBox.suggestions.map((town) => ({
            id: town.id,
            label: `${townLabel(town, i18n.locale === 'en')}（${wardLabel(view, town.ward_id)}）`,
          })),
          expanded: view.townBox.open,
          active: view.townBox.active,
          status: view.townStatus(),
          error: view.errorFor('town'),
          i18n,
          onInput: (value) => view.townInput(value),
          onKeyDown: (event) => view.townKey(event),
          onChoose: (index) => view.townChoose(index),
          onBlur: () => view.townBlur(),
        })
      : textField(i18n, {
          id: 'town',
          label: t.person.town,
          hint: t.person.townHint,
          disabled: view.disabled,
          value: v.town,
          autocomplete: 'off',
          error: view.errorFor('town'),
          onInput: (value) => view.townInput(value),
        })
  }`;
}

function wardLabel(view: ReportView, wardId: string): string {
  const ward = loadedWards(view.wards).find((w) => w.id === wardId);
  return ward ? wardName(ward, view.i18n.locale) : wardId;
}
