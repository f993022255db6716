import { html, nothing } from 'lit';
import type { ConcernReportReceipt, Ward } from '@tsunagu/schema';
import { LOCALES, type LocaleId } from '../i18n/registry.js';
import type { ReportPreview } from './concern-report.js';
import type { ReportValues } from './model.js';
import '../define/concern-report.js';

// Stories run without a server: the ward list is given, and a receipt is shown from sample data.
const WARDS: Ward[] = [
  { id: 'naka', name: '中区', name_en: 'Naka' },
  { id: 'nishi', name: '西区', name_en: 'Nishi' },
  { id: 'hodogaya', name: '保土ケ谷区', name_en: 'Hodogaya' },
];

const ABOUT: Partial<ReportValues> = {
  danger_now: 'no',
  path: 'about_someone',
  reporter_role: 'business',
  organisation: 'コンビニ寿町店',
  age_group: 'senior_65_plus',
  ward_id: 'naka',
  town: '寿町',
  signs: ['mail_piling_up', 'not_seen_lately'],
  concerns: ['isolation'],
  free_text: '最近見かけません。',
  consent: 'not_asked',
  follow_up: 'anonymous',
};
const SELF: Partial<ReportValues> = {
  danger_now: 'no',
  path: 'self',
  concerns: ['housing', 'money_debt'],
  ward_id: 'nishi',
  follow_up: 'contact',
  contact_modes: ['phone', 'visit'],
  phone: '090-1234-5678',
  safe_to_call: 'no',
  no_message: true,
  time_window: 'evening',
};
const SCHOOL: Partial<ReportValues> = {
  danger_now: 'no',
  age_group: 'child_6_12',
  ward_id: 'naka',
  school_name: '寿小学校',
  grade: '小学4年',
  absent_days: '8',
  school_signs: ['frequent_absence', 'hunger'],
  consent: 'not_asked',
  follow_up: 'contact',
  reporter_name: '担任',
  reporter_phone: '045-000-0000',
};

const RECEIPT: ConcernReportReceipt = {
  reference: 'TK-7Q4M-9XZ2',
  check_code: 'K7P2QX',
  status: 'received',
  urgent: false,
  guidance: ['ward_team_will_review', 'person_choice_respected', 'keep_reference_for_status'],
  lines: [],
  programs: ['independence_consultation', 'housing_benefit'],
  ward_id: 'naka',
  created_at: '2026-12-28T01:00:00Z',
};
const URGENT_RECEIPT: ConcernReportReceipt = {
  ...RECEIPT,
  urgent: true,
  lines: ['police', 'ambulance', 'child_abuse'],
  guidance: [
    'call_emergency_now',
    'call_child_abuse_line',
    'ward_team_will_review',
    'keep_reference_for_status',
  ],
};

interface Args {
  lang: '' | LocaleId;
  context: 'general' | 'school';
  preview: ReportPreview;
}

/** 気づきをつなぐ: one story per step and state; the `lang` arg or the toolbar picks the locale. */
export default {
  title: 'Widgets/Concern report',
  argTypes: {
    lang: { control: 'select', options: ['', ...LOCALES], description: "Overrides the toolbar's locale" },
    context: { control: 'inline-radio', options: ['general', 'school'] },
  },
  args: { lang: '', context: 'general', preview: {} },
  render: (args: Args) =>
    html`<div lang=${args.lang || nothing} style="max-width: 40em">
      <tsunagu-concern-report
        context=${args.context}
        .wards=${WARDS}
        .preview=${args.preview}
      ></tsunagu-concern-report>
    </div>`,
};

const at = (
  step: ReportPreview['step'],
  values: Partial<ReportValues>,
  extra: Partial<ReportPreview> = {},
) => ({
  args: { preview: { step, values, ...extra } },
});

export const DangerQuestion = {};
export const DangerQuestionErrors = at('danger', {}, { showErrors: true });
export const DangerYes = at('danger', { danger_now: 'yes', danger_kinds: ['suicide', 'child_abuse'] });
export const DangerNotSure = at('danger', { danger_now: 'unsure' });
export const PathChoice = at('path', { danger_now: 'no' });
export const PathChoiceErrors = at('path', { danger_now: 'no' }, { showErrors: true });
export const AboutYou = at('reporter', { ...ABOUT, reporter_role: '' });
export const AboutYouErrors = at('reporter', { ...ABOUT, reporter_role: '' }, { showErrors: true });
export const AboutThePerson = at('person', ABOUT);
export const AboutThePersonErrors = at('person', { ...ABOUT, ward_id: '' }, { showErrors: true });
export const SignsNoticed = at('signs', ABOUT);
export const SignsTextTooLong = at('signs', { ...ABOUT, free_text: 'あ'.repeat(820) }, { showErrors: true });
export const ConsentAndContact = at('contact', {
  ...ABOUT,
  follow_up: 'contact',
  reporter_phone: '045-123-4567',
});
export const ConsentAndContactErrors = at(
  'contact',
  { ...ABOUT, consent: '', follow_up: '' },
  { showErrors: true },
);
export const ReviewAboutSomeone = at('review', ABOUT);
export const ReviewUrgent = at('review', { ...ABOUT, danger_now: 'yes', danger_kinds: ['violence'] });
export const SendFailedNetwork = at('review', ABOUT, { failure: 'network' });
export const SendFailedServer = at('review', ABOUT, { failure: 'server' });
export const SelfHelp = at('help', SELF);
export const SelfHelpErrors = at('help', { ...SELF, ward_id: '' }, { showErrors: true });
export const SelfContact = at('self_contact', SELF);
export const SelfContactErrors = at(
  'self_contact',
  { ...SELF, phone: '12', contact_modes: ['phone', 'mail'] },
  { showErrors: true },
);
export const ReviewForMyself = at('review', SELF);
export const SchoolReferral = { args: { context: 'school', preview: { step: 'school', values: SCHOOL } } };
export const SchoolReferralErrors = {
  args: {
    context: 'school',
    preview: { step: 'school', values: { ...SCHOOL, absent_days: '45' }, showErrors: true },
  },
};
export const SchoolReview = { args: { context: 'school', preview: { step: 'review', values: SCHOOL } } };
export const Receipt = { args: { preview: { receipt: RECEIPT } } };
export const ReceiptUrgent = { args: { preview: { receipt: URGENT_RECEIPT } } };
export const Japanese = {
  args: { lang: 'ja', preview: { step: 'contact', values: { ...ABOUT, consent: '' }, showErrors: true } },
};
export const EasyJapanese = {
  args: {
    lang: 'ja-x-easy',
    preview: { step: 'contact', values: { ...ABOUT, consent: '' }, showErrors: true },
  },
};
export const English = {
  args: { lang: 'en', preview: { step: 'contact', values: { ...ABOUT, consent: '' }, showErrors: true } },
};
export const EasyJapaneseDanger = {
  args: { lang: 'ja-x-easy', preview: { step: 'danger', values: { danger_now: 'yes' } } },
};
export const EnglishReceipt = { args: { lang: 'en', preview: { receipt: URGENT_RECEIPT } } };
