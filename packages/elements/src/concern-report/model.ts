// What the concern-report form holds, which question groups each path asks, and how the answers become the
// API's input. Kept free of rendering so it can be tested and reasoned about on its own.
import { FREE_TEXT_MAX } from '@tsunagu/schema';

export type ReportContext = 'general' | 'school';

/** Longest answers, in characters (the server's limits; the text boxes and the step checks use them). */
export const LIMITS = {
  organisation: 100,
  town: 80,
  free_text: FREE_TEXT_MAX,
  school_name: 100,
  grade: 20,
  reporter_name: 60,
  absent_days: 30,
} as const;

export type StepId =
  | 'danger'
  | 'path'
  | 'reporter'
  | 'person'
  | 'school'
  | 'signs'
  | 'contact'
  | 'help'
  | 'self_contact'
  | 'review';

/** Every answer as the form holds it: strings and lists, '' for "not answered". Kept in memory only. */
export interface ReportValues {
  danger_now: '' | 'yes' | 'no' | 'unsure';
  danger_kinds: string[];
  path: '' | 'about_someone' | 'self';
  reporter_role: string;
  organisation: string;
  age_group: string;
  ward_id: string;
  town: string;
  signs: string[];
  concerns: string[];
  free_text: string;
  school_name: string;
  grade: string;
  absent_days: string;
  school_signs: string[];
  share_cf: boolean;
  consent: string;
  /** 'contact' (the ward may contact the reporter) or 'anonymous'. */
  follow_up: '' | 'contact' | 'anonymous';
  reporter_name: string;
  reporter_phone: string;
  reporter_email: string;
  contact_modes: string[];
  phone: string;
  email: string;
  safe_to_call: '' | 'yes' | 'no';
  no_message: boolean;
  time_window: string;
  language: string;
}

export function emptyValues(): ReportValues {
  return {
    danger_now: '',
    danger_kinds: [],
    path: '',
    reporter_role: '',
    organisation: '',
    age_group: '',
    ward_id: '',
    town: '',
    signs: [],
    concerns: [],
    free_text: '',
    school_name: '',
    grade: '',
    absent_days: '',
    school_signs: [],
    share_cf: true,
    consent: '',
    follow_up: '',
    reporter_name: '',
    reporter_phone: '',
    reporter_email: '',
    contact_modes: [],
    phone: '',
    email: '',
    safe_to_call: '',
    no_message: false,
    time_window: '',
    language: '',
  };
}

export type FieldId = keyof ReportValues;

/** The question groups, in order, for a context and path (the path step decides the rest). */
export function stepsFor(context: ReportContext, path: ReportValues['path']): StepId[] {
  if (context === 'school') return ['danger', 'person', 'school', 'signs', 'contact', 'review'];
  if (path === 'self') return ['danger', 'path', 'help', 'self_contact', 'review'];
  return ['danger', 'path', 'reporter', 'person', 'signs', 'contact', 'review'];
}

/** The fields each step shows, in screen order (error summary order follows it). */
export const STEP_FIELDS: Record<StepId, readonly FieldId[]> = {
  danger: ['danger_now', 'danger_kinds'],
  path: ['path'],
  reporter: ['reporter_role', 'organisation'],
  person: ['age_group', 'ward_id', 'town'],
  school: ['school_name', 'grade', 'absent_days', 'school_signs', 'share_cf'],
  signs: ['signs', 'concerns', 'free_text'],
  contact: ['consent', 'follow_up', 'reporter_name', 'reporter_phone', 'reporter_email'],
  help: ['concerns', 'ward_id', 'town', 'free_text'],
  self_contact: [
    'follow_up',
    'contact_modes',
    'phone',
    'email',
    'safe_to_call',
    'no_message',
    'time_window',
    'language',
  ],
  review: [],
};

/** The step of the current flow that shows a field. */
export function stepOfField(steps: readonly StepId[], field: FieldId): StepId | undefined {
  return steps.find((step) => STEP_FIELDS[step].includes(field));
}

/** True when the report goes to the ward flagged urgent (someone is in danger now). */
export const isUrgent = (values: ReportValues): boolean => values.danger_now === 'yes';
