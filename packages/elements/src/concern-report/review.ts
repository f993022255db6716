// The "check your answers" step (GOV.UK pattern): every answer of the chosen path, each with a change button.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { roleHasOrganisation } from '@tsunagu/schema/rules';
import { wardName } from './api.js';
import type { FieldId, StepId } from './model.js';
import { loadedWards, type ReportView } from './view.js';
import { supportWords } from '../i18n/support-words.js';

interface Row {
  step: StepId;
  field: FieldId;
  label: string;
  value: string;
}

function rowsFor(view: ReportView, steps: readonly StepId[]): Row[] {
  const { t, values: v, i18n } = view;
  const join = (items: string[]) =>
    items.length ? items.join(i18n.locale === 'en' ? ', ' : '、') : t.review.none;
  const pick = <T extends Record<string, string>>(table: T, codes: readonly string[]) =>
    join(codes.map((code) => table[code] ?? code));
  const ward = loadedWards(view.wards).find((w) => w.id === v.ward_id);
  const place = [ward ? wardName(ward, i18n.locale) : v.ward_id, v.town.trim()].filter(Boolean).join(' ');
  const r = t.review.rows;
  const rows: Row[] = [];
  const add = (step: StepId, field: FieldId, label: string, value: string) => {
    if (steps.includes(step)) rows.push({ step, field, label, value: value || t.review.notAnswered });
  };
  const followUp =
    v.follow_up === 'anonymous'
      ? t.followUp.anonymous
      : [v.reporter_name, v.reporter_phone, v.reporter_email]
          .map((s) => s.trim())
          .filter(Boolean)
          .join(' / ');

  add('danger', 'danger_now', r.danger, v.danger_now ? t.danger.options[v.danger_now] : '');
  if (v.danger_now !== 'no')
    add('danger', 'danger_kinds', r.dangerKinds, pick(t.danger.kinds, v.danger_kinds));
  add('path', 'path', r.path, v.path ? t.path.options[v.path].label : '');
  add(
    'reporter',
    'reporter_role',
    r.reporter,
    t.reporter.roles[v.reporter_role as keyof typeof t.reporter.roles] ?? '',
  );
  if (roleHasOrganisation(v.reporter_role))
    add('reporter', 'organisation', r.organisation, v.organisation.trim());
  add('person', 'age_group', r.age, t.person.ages[v.age_group as keyof typeof t.person.ages] ?? '');
  add('person', 'ward_id', r.place, place);
  add('help', 'concerns', r.concerns, pick(supportWords(i18n).concerns, v.concerns));
  add('help', 'ward_id', r.place, place);
  add('help', 'free_text', r.freeText, v.free_text.trim());
  add(
    'school',
    'school_name',
    r.school,
    [v.school_name, v.grade]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' '),
  );
  add(
    'school',
    'absent_days',
    r.absentDays,
    v.absent_days.trim() ? t.review.days(Number(v.absent_days.normalize('NFKC').trim())) : '',
  );
  add('school', 'school_signs', r.schoolSigns, pick(t.school.signs, v.school_signs));
  add('school', 'share_cf', r.share, v.share_cf ? t.review.yes : t.review.none);
  if (view.context !== 'school')
    add(
      'signs',
      'signs',
      r.signs,
      join(v.signs.map((s) => t.signs.items[s as keyof typeof t.signs.items]?.label ?? s)),
    );
  add('signs', 'concerns', r.concerns, pick(supportWords(i18n).concerns, v.concerns));
  add('signs', 'free_text', r.freeText, v.free_text.trim());
  add(
    'contact',
    'consent',
    r.consent,
    t.consent.options[v.consent as keyof typeof t.consent.options]?.label ?? '',
  );
  add('contact', 'follow_up', r.followUp, followUp);
  add(
    'self_contact',
    'follow_up',
    r.followUp,
    v.follow_up === 'anonymous' ? t.followUp.anonymous : v.follow_up ? t.followUp.contact : '',
  );
  if (v.follow_up === 'contact') {
    add('self_contact', 'contact_modes', r.contactModes, pick(t.selfContact.modeOptions, v.contact_modes));
    if (v.phone.trim()) add('self_contact', 'phone', r.phone, v.phone.trim());
    if (v.email.trim()) add('self_contact', 'email', r.email, v.email.trim());
    if (v.safe_to_call) add('self_contact', 'safe_to_call', r.safeToCall, t.selfContact.safe[v.safe_to_call]);
    if (v.time_window)
      add('self_contact', 'time_window', r.timeWindow, pick(t.selfContact.times, [v.time_window]));
    if (v.language) add('self_contact', 'language', r.language, pick(t.selfContact.languages, [v.language]));
  }
  return rows;
}

/** `sendLabel`: the words on the send button now (送信する, or もう一度送る after a failure), named in the intro. */
export function reviewStep(view: ReportView, steps: readonly StepId[], sendLabel: string): TemplateResult {
  const { t } = view;
  return html`<p>${t.review.intro(sendLabel)}</p>
    ${view.values.danger_now === 'yes' ? html`<p class="note">${t.review.urgentNote}</p>` : nothing}
    <dl class="summary" part="summary">
      ${rowsFor(view, steps).map(
        (row) =>
          html`<div class="summary-row">
            <dt>${row.label}</dt>
            <dd class="answer">${row.value}</dd>
            <dd class="change">
              <button type="button" class="link-button" @click=${() => view.change(row.step, row.field)}>
                ${t.review.change}<span class="visually-hidden">: ${row.label}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>`;
}
