// The report's first question, the danger check (110 / 119 first): the one question group in the form's
// first screen; the others come in its later part (./report-api.ts) while the person answers this one.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { triage } from '@tsunagu/schema/triage';
import { checkboxGroup, radioGroup } from '../internal/choice-group.js';
import { emergencyNotice } from '../internal/emergency-notice.js';
import type { ReportValues } from './model.js';
import type { ReportView } from './view.js';

/** The lines the shared triage rules ask for, given the answers so far (most urgent first). */
export function linesFor(values: ReportValues) {
  return triage({
    danger_now: values.danger_now || undefined,
    danger_kinds: values.danger_kinds,
    signs: values.signs,
    concerns: values.concerns,
    person_age_group: values.age_group || undefined,
  }).lines;
}

export function dangerStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n, disabled } = view;
  const worried = v.danger_now === 'yes' || v.danger_now === 'unsure';
  return html`${radioGroup(i18n, {
    id: 'danger_now',
    label: t.danger.question,
    required: true,
    disabled,
    value: v.danger_now,
    error: view.errorFor('danger_now'),
    options: (['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: t.danger.options[value] })),
    onChange: (value) => view.set('danger_now', value as ReportValues['danger_now']),
  })}
  ${
    worried
      ? html`${emergencyNotice(i18n, { lines: linesFor(v), id: 'danger-lines' })}
          <p class="note" id="urgent-note">${t.danger.urgentNote}</p>
          ${checkboxGroup(i18n, {
            id: 'danger_kinds',
            label: t.danger.kindsLabel,
            disabled,
            values: v.danger_kinds,
            error: view.errorFor('danger_kinds'),
            options: Object.entries(t.danger.kinds).map(([value, label]) => ({ value, label })),
            onChange: (values) => view.set('danger_kinds', values),
          })}`
      : nothing
  }`;
}
