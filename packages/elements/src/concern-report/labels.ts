// The visible label of each field, for the error sentences ("〇〇を選んでください").
import type { ReportMessages } from './messages/index.js';
import type { FieldId, ReportContext, ReportValues } from './model.js';

/** "Signs you noticed (choose all that apply)" reads badly inside an error sentence: drop that aside. */
const ASIDE =
  /\s*[（(][^（()）]*(すべて|ぜんぶ|all that apply|範囲|わかる ことだけ|as far as you know)[^（()）]*[）)]\s*$/;

export function fieldLabel(
  t: ReportMessages,
  field: FieldId,
  context: ReportContext,
  path: ReportValues['path'],
): string {
  const self = path === 'self' && context !== 'school';
  const labels: Record<FieldId, string> = {
    danger_now: t.danger.question,
    danger_kinds: t.danger.kindsLabel,
    path: t.path.question,
    reporter_role: t.reporter.question,
    organisation: t.reporter.organisation,
    age_group: t.person.age,
    ward_id: self ? t.person.wardSelf : t.person.ward,
    town: t.person.town,
    signs: t.signs.label,
    concerns: self ? t.concerns.labelSelf : t.concerns.label,
    free_text: context === 'school' ? t.freeText.labelSchool : self ? t.freeText.labelSelf : t.freeText.label,
    school_name: t.school.name,
    grade: t.school.grade,
    absent_days: t.school.absentDays,
    school_signs: t.school.signsLabel,
    share_cf: t.school.share,
    consent: context === 'school' ? t.consent.questionSchool : t.consent.question,
    follow_up: self ? t.followUp.questionSelf : t.followUp.question,
    reporter_name: t.followUp.name,
    reporter_phone: t.followUp.phone,
    reporter_email: t.followUp.email,
    contact_modes: t.selfContact.modes,
    phone: t.followUp.phone,
    email: t.followUp.email,
    safe_to_call: t.selfContact.safeToCall,
    no_message: t.selfContact.noMessage,
    time_window: t.selfContact.timeWindow,
    language: t.selfContact.language,
  };
  const names: Partial<Record<FieldId, string>> = t.fieldNames;
  return names[field] ?? labels[field].replace(ASIDE, '');
}
