// What the sign-up form asks for one activity ("only what the activity needs"), its checks, and the
// request body. Pure functions: the element keeps the values; problems are schema codes worded at render.
import type { Activity, FieldError, SignupInput } from '@tsunagu/schema';
import type { FieldProblem } from '../internal/form-element.js';

/** Everything the person can type, kept in memory only (never in storage), so nothing is lost on failure. */
export interface SignupValues {
  kind: 'person' | 'organisation';
  organisation_name: string;
  headcount: string;
  name: string;
  phone: string;
  email: string;
  age: string;
  /** "I am under N" when the activity does not ask the age but minors may take part. */
  minor: boolean;
  guardian_name: string;
  guardian_consent: boolean;
  address_ward: string;
  experience: string;
  languages: string[];
  terms_accepted: boolean;
  /** Honeypot: hidden from people, filled by bots. */
  website: string;
}

export const emptyValues = (): SignupValues => ({
  kind: 'person',
  organisation_name: '',
  headcount: '1',
  name: '',
  phone: '',
  email: '',
  age: '',
  minor: false,
  guardian_name: '',
  guardian_consent: false,
  address_ward: '',
  experience: '',
  languages: [],
  terms_accepted: false,
  website: '',
});

export type Need = 'required' | 'optional' | 'hidden';

/** The questions of the form for one activity and the current kind of sign-up. */
export interface FormPlan {
  organisations: boolean;
  organisation: boolean;
  phone: Need;
  email: Need;
  /** Neither contact is required by the activity: ask for one of the two. */
  eitherContact: boolean;
  age: boolean;
  /** Ask "under N?" instead of the age. */
  minorCheck: boolean;
  guardianUnder: number;
  minAge: number | null;
  addressWard: boolean;
  experience: boolean;
  languages: boolean;
  full: boolean;
  /** Most people one sign-up may bring: the seats left, or 50 (the API's limit) on the waitlist. */
  maxHeadcount: number;
}

export const EXPERIENCE_MAX = 400;
export const LANGUAGES_MAX = 5;
const HEADCOUNT_LIMIT = 50;
const DEFAULT_GUARDIAN_UNDER = 18;

export function planFor(activity: Activity, values: Pick<SignupValues, 'kind'>): FormPlan {
  const fields = activity.signup_fields;
  const organisation = activity.allow_organisations && values.kind === 'organisation';
  const phone = fields.includes('phone');
  const email = fields.includes('email');
  const eitherContact = !phone && !email;
  const guardianUnder = activity.requirements.guardian_consent_under ?? DEFAULT_GUARDIAN_UNDER;
  const minAge = activity.requirements.min_age ?? null;
  const askAge = !organisation && fields.includes('age');
  const full = activity.seats_left <= 0;
  return {
    organisations: activity.allow_organisations,
    organisation,
    phone: phone ? 'required' : eitherContact ? 'optional' : 'hidden',
    email: email ? 'required' : eitherContact ? 'optional' : 'hidden',
    eitherContact,
    age: askAge,
    // minors may take part when there is no minimum age, or it is below the guardian age
    minorCheck: !organisation && !askAge && (minAge === null || minAge < guardianUnder),
    guardianUnder,
    minAge,
    addressWard: fields.includes('address_ward'),
    experience: fields.includes('experience'),
    languages: fields.includes('languages'),
    full,
    maxHeadcount: full ? HEADCOUNT_LIMIT : Math.min(HEADCOUNT_LIMIT, activity.seats_left),
  };
}

/** Full-width digits and the many dash look-alikes typed by Japanese input methods, made ASCII. */
export function toAsciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[ー−‐‑–—―]/g, '-')
    .replace(/\s+/g, '');
}

const PHONE = /^(#?\d{3,4}|\+?\d[\d-]{8,18}\d)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function wholeNumber(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  return /^\d{1,3}$/.test(ascii) ? Number(ascii) : undefined;
}

/** True when the guardian questions apply: an age under the guardian age, or "under N" ticked. */
export function needsGuardian(plan: FormPlan, values: SignupValues): boolean {
  if (plan.organisation) return false;
  if (plan.age) {
    const age = wholeNumber(values.age);
    return age !== undefined && age < plan.guardianUnder;
  }
  return plan.minorCheck && values.minor;
}

/** The same checks the server makes, in the order of the fields on screen. */
export function validate(plan: FormPlan, values: SignupValues, seatsLeft: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (fieldId: string, code: string, extra: Partial<FieldProblem> = {}) =>
    problems.push({ fieldId, code, ...extra });
  if (plan.organisation) {
    if (!values.organisation_name.trim()) add('organisation_name', 'required');
    else if (values.organisation_name.trim().length > 100) add('organisation_name', 'too_long', { max: 100 });
    const headcount = wholeNumber(values.headcount);
    if (values.headcount.trim() === '') add('headcount', 'required');
    else if (headcount === undefined) add('headcount', 'invalid_type');
    else if (headcount < 1) add('headcount', 'too_small', { min: 1 });
    else if (!plan.full && headcount > seatsLeft) add('headcount', 'not_enough_seats', { max: seatsLeft });
    else if (headcount > plan.maxHeadcount) add('headcount', 'too_large', { max: plan.maxHeadcount });
  }
  if (!values.name.trim()) add('name', 'required');
  else if (values.name.trim().length > 60) add('name', 'too_long', { max: 60 });
  const phone = toAsciiDigits(values.phone);
  const email = values.email.trim();
  if (plan.phone !== 'hidden') {
    if (phone && !PHONE.test(phone)) add('phone', 'invalid_phone');
    else if (!phone && plan.phone === 'required') add('phone', 'required');
    else if (!phone && !email && plan.eitherContact) add('phone', 'contact_required');
  }
  if (plan.email !== 'hidden') {
    if (email && !EMAIL.test(email)) add('email', 'invalid_email');
    else if (!email && plan.email === 'required') add('email', 'required');
  }
  if (plan.age) {
    const age = wholeNumber(values.age);
    if (values.age.trim() === '') add('age', 'required');
    else if (age === undefined || age > 120) add('age', 'invalid_type');
    else if (plan.minAge !== null && age < plan.minAge) add('age', 'too_young');
  }
  if (needsGuardian(plan, values)) {
    if (!values.guardian_name.trim()) add('guardian_name', 'required');
    if (!values.guardian_consent) add('guardian_consent', 'guardian_consent_required', { kind: 'check' });
  }
  if (plan.addressWard && !values.address_ward) add('address_ward', 'required', { kind: 'choice' });
  if (plan.languages) {
    if (values.languages.length === 0) add('languages', 'required', { kind: 'choice' });
    else if (values.languages.length > LANGUAGES_MAX) add('languages', 'too_many', { max: LANGUAGES_MAX });
  }
  if (plan.experience) {
    if (!values.experience.trim()) add('experience', 'required');
    else if (values.experience.length > EXPERIENCE_MAX)
      add('experience', 'too_long', { max: EXPERIENCE_MAX });
  }
  if (!values.terms_accepted) add('terms_accepted', 'terms_required', { kind: 'check' });
  return problems;
}

/** The POST /v1/signups body: only the answers this activity asked for. */
export function toInput(activityId: string, plan: FormPlan, values: SignupValues): SignupInput {
  const input: SignupInput = {
    activity_id: activityId,
    kind: plan.organisation ? 'organisation' : 'person',
    name: values.name.trim(),
    terms_accepted: values.terms_accepted,
  };
  if (plan.organisation) {
    input.organisation_name = values.organisation_name.trim();
    input.headcount = wholeNumber(values.headcount) ?? 1;
  }
  const phone = toAsciiDigits(values.phone);
  if (plan.phone !== 'hidden' && phone) input.phone = phone;
  if (plan.email !== 'hidden' && values.email.trim()) input.email = values.email.trim();
  if (plan.age) input.age = wholeNumber(values.age);
  if (needsGuardian(plan, values)) {
    input.guardian_consent = values.guardian_consent;
    input.guardian_name = values.guardian_name.trim();
  }
  if (plan.addressWard) input.address_ward = values.address_ward;
  if (plan.languages) input.languages = values.languages;
  if (plan.experience) input.experience = values.experience.trim();
  if (values.website) input.website = values.website;
  return input;
}

/** Server field errors as problems on this form's fields (`languages.0` → `languages`). */
export function problemsFromServer(
  fields: readonly FieldError[],
  plan: FormPlan,
  seatsLeft: number,
): FieldProblem[] {
  return fields.map(({ path, code }) => {
    let fieldId = path.split('.')[0] ?? path;
    if (code === 'contact_required') fieldId = plan.phone !== 'hidden' ? 'phone' : 'email';
    const kind =
      fieldId === 'guardian_consent' || fieldId === 'terms_accepted'
        ? ('check' as const)
        : fieldId === 'address_ward' || fieldId === 'languages' || fieldId === 'kind'
          ? ('choice' as const)
          : undefined;
    return {
      fieldId,
      code,
      ...(kind ? { kind } : {}),
      ...(code === 'not_enough_seats' ? { max: seatsLeft } : {}),
    };
  });
}
