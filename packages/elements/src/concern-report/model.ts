// What the concern-report form holds, which question groups each path asks, and how the answers become the
// API's input. Kept free of rendering so it can be tested and reasoned about on its own.
import { FREE_TEXT_MAX, type ConcernReportInput } from '@tsunagu/schema';
import {
  normalizePhone as normalizePhoneRule,
  readWholeNumber,
  roleHasOrganisation,
} from '@tsunagu/schema/rules';

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

/** Phone numbers as people type them, in the form the API expects (the schema's rule, the server's too). */
export const normalizePhone = normalizePhoneRule;

/** A whole number as typed (「１２」「12日」「十二」), or undefined (the schema's rule). */
export function parseWholeNumber(value: string): number | undefined {
  return readWholeNumber(value) ?? undefined;
}

/** Which of the self path's phone and email fields are on screen for the chosen ways of contact. */
export function showsContactFields(modes: readonly string[]): { phone: boolean; email: boolean } {
  const visit = modes.includes('visit');
  return { phone: visit || modes.includes('phone'), email: visit || modes.includes('mail') };
}

const trimmed = (value: string): string | undefined => value.trim() || undefined;
const listOrNothing = <T extends string>(values: readonly string[]): T[] | undefined =>
  values.length ? (values as T[]) : undefined;

/** True when the report goes to the ward flagged urgent (someone is in danger now). */
export const isUrgent = (values: ReportValues): boolean => values.danger_now === 'yes';

/**
 * The API input for the answers. Only what the chosen path asks is sent ("never more than needed"): answers
 * left behind on a path the person turned away from are dropped here, not sent.
 */
export function buildInput(values: ReportValues, context: ReportContext): ConcernReportInput {
  const school = context === 'school';
  const path = school ? 'about_someone' : values.path === 'self' ? 'self' : 'about_someone';
  const self = path === 'self';
  const input: ConcernReportInput = {
    path,
    reporter_role: (self
      ? 'self'
      : school
        ? 'school'
        : values.reporter_role) as ConcernReportInput['reporter_role'],
    danger_now: values.danger_now || 'no',
    ward_id: values.ward_id,
    consent: (self ? 'yes' : values.consent) as ConcernReportInput['consent'],
  };
  if (school) input.context = 'school';
  if (values.danger_now !== 'no') input.danger_kinds = listOrNothing(values.danger_kinds);
  input.town = trimmed(values.town);
  input.concerns = listOrNothing(values.concerns);
  input.free_text = trimmed(values.free_text);
  const anonymous = values.follow_up === 'anonymous';
  if (anonymous) input.anonymous = true;

  if (self) {
    if (!anonymous) {
      const modes = values.contact_modes as NonNullable<ConcernReportInput['contact']>['modes'];
      const shown = showsContactFields(modes);
      input.contact = {
        modes,
        phone: shown.phone ? trimmed(normalizePhone(values.phone)) : undefined,
        email: shown.email ? trimmed(values.email) : undefined,
        safe_to_call: shown.phone && values.safe_to_call ? values.safe_to_call === 'yes' : undefined,
        no_message: (shown.phone && values.no_message) || undefined,
        time_window: trimmed(values.time_window) as NonNullable<ConcernReportInput['contact']>['time_window'],
        language: trimmed(values.language),
      };
    }
    return dropUndefined(input);
  }

  input.age_group = trimmed(values.age_group) as ConcernReportInput['age_group'];
  if (!school) input.signs = listOrNothing(values.signs);
  // a neighbour on a shop's page is not stamped with the shop's name
  const organisation = roleHasOrganisation(input.reporter_role) ? trimmed(values.organisation) : undefined;
  const reporter = anonymous
    ? { organisation }
    : {
        organisation,
        name: trimmed(values.reporter_name),
        phone: trimmed(normalizePhone(values.reporter_phone)),
        email: trimmed(values.reporter_email),
      };
  if (Object.values(reporter).some((v) => v !== undefined)) input.reporter_contact = reporter;
  if (school) {
    input.school = {
      school_name: trimmed(values.school_name),
      grade: trimmed(values.grade),
      absent_days_last_30: parseWholeNumber(values.absent_days),
      school_signs: listOrNothing(values.school_signs),
      share_with_child_family_support: values.share_cf,
    };
  }
  return dropUndefined(input);
}

/** Removes `undefined` members (deeply), so the JSON body is minimal and stable for idempotent re-sends. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) out[key] = dropUndefined(member);
  }
  return out as T;
}
