/**
 * The sign-up rules of one activity, written once: the widget plans its form with them and checks the
 * answers before sending; the server checks the same answers with the same function. Codes, not
 * sentences (the widget words them).
 *
 * Who must give an age: a person, when the activity asks for it (`signup_fields` has 'age'). An
 * organisation signs up several people and gives no one age; it is told the minimum age instead.
 * A guardian's name and consent: a person younger than the activity's `guardian_consent_under` (18 when
 * unset). Headcount: organisations only, 1 … 50, never more than the activity's capacity (such a sign-up
 * could never be seated, and would hold up the waitlist behind it), and no more than the seats left unless
 * the activity is full (then the sign-up waits).
 */
import type { Activity, SignupInput } from '../resources/activities.js';
import type { FieldError } from '../resources/common.js';

export type SignupKind = 'person' | 'organisation';
export type Need = 'required' | 'optional' | 'hidden';

/** What an activity's sign-up form asks, for one kind of sign-up. */
export interface SignupPlan {
  /** The activity takes organisations at all (the person/organisation choice is shown). */
  organisations: boolean;
  /** This sign-up is an organisation's. */
  organisation: boolean;
  phone: Need;
  email: Need;
  /** Neither contact is required by the activity: one of the two is. */
  eitherContact: boolean;
  /** The person gives their age. */
  age: boolean;
  /** Ask "under N?" instead of the age (minors may take part and the age is not asked). */
  minorCheck: boolean;
  guardianUnder: number;
  minAge: number | null;
  addressWard: boolean;
  experience: boolean;
  languages: boolean;
  full: boolean;
  /** Most people one sign-up may bring: the seats left, or the capacity (at most HEADCOUNT_LIMIT) on the waitlist. */
  maxHeadcount: number;
}

export const HEADCOUNT_LIMIT = 50;
export const DEFAULT_GUARDIAN_UNDER = 18;
export const SIGNUP_EXPERIENCE_MAX = 400;
export const SIGNUP_LANGUAGES_MAX = 5;

export type SignupActivity = Pick<
  Activity,
  'signup_fields' | 'requirements' | 'allow_organisations' | 'seats_left' | 'waitlist_count' | 'capacity'
>;

export function signupPlan(activity: SignupActivity, kind: SignupKind): SignupPlan {
  const fields = activity.signup_fields;
  const organisation = activity.allow_organisations && kind === 'organisation';
  const phone = fields.includes('phone');
  const email = fields.includes('email');
  const eitherContact = !phone && !email;
  const guardianUnder = activity.requirements.guardian_consent_under ?? DEFAULT_GUARDIAN_UNDER;
  const minAge = activity.requirements.min_age ?? null;
  const age = !organisation && fields.includes('age');
  const full = activity.seats_left <= 0;
  return {
    organisations: activity.allow_organisations,
    organisation,
    phone: phone ? 'required' : eitherContact ? 'optional' : 'hidden',
    email: email ? 'required' : eitherContact ? 'optional' : 'hidden',
    eitherContact,
    age,
    // minors may take part when there is no minimum age, or it is below the guardian age
    minorCheck: !organisation && !age && (minAge === null || minAge < guardianUnder),
    guardianUnder,
    minAge,
    addressWard: fields.includes('address_ward'),
    experience: fields.includes('experience'),
    languages: fields.includes('languages'),
    full,
    maxHeadcount: Math.min(
      HEADCOUNT_LIMIT,
      activity.capacity,
      full ? activity.capacity : activity.seats_left,
    ),
  };
}

/** The fields a plan puts on screen, in screen order (an error on any other field has nowhere to point). */
export function signupFieldsOf(plan: SignupPlan): string[] {
  return [
    ...(plan.organisations ? ['kind'] : []),
    ...(plan.organisation ? ['organisation_name', 'headcount'] : []),
    'name',
    ...(plan.phone !== 'hidden' ? ['phone'] : []),
    ...(plan.email !== 'hidden' ? ['email'] : []),
    ...(plan.age ? ['age'] : []),
    ...(plan.minorCheck ? ['minor'] : []),
    'guardian_name',
    'guardian_consent',
    ...(plan.addressWard ? ['address_ward'] : []),
    ...(plan.languages ? ['languages'] : []),
    ...(plan.experience ? ['experience'] : []),
    'terms_accepted',
  ];
}

/** Whether a person of `age` (or one who ticked "under N") needs a guardian's name and consent. */
export function guardianNeeded(plan: SignupPlan, age: number | undefined, minorTicked = false): boolean {
  if (plan.organisation) return false;
  if (age !== undefined) return age < plan.guardianUnder;
  return plan.minorCheck && minorTicked;
}

/**
 * The activity's own rules over an input that passed `signupInput` (or, in the browser, over what the
 * person typed so far). Field errors with the API's codes; empty when the sign-up may be booked.
 */
export function signupRuleErrors(activity: SignupActivity, input: SignupInput): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, code: string) => errors.push({ path, code });
  if (input.kind === 'organisation' && !activity.allow_organisations) add('kind', 'not_allowed');
  const plan = signupPlan(activity, input.kind);
  const given = (value: unknown) =>
    value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  if (plan.phone === 'required' && !given(input.phone)) add('phone', 'required');
  if (plan.email === 'required' && !given(input.email)) add('email', 'required');
  if (plan.age && !given(input.age)) add('age', 'required');
  if (plan.addressWard && !given(input.address_ward)) add('address_ward', 'required');
  if (plan.languages && !given(input.languages)) add('languages', 'required');
  if (plan.experience && !given(input.experience?.trim())) add('experience', 'required');
  if (input.kind === 'person') {
    // too young: the guardian questions are moot
    if (plan.minAge !== null && input.age !== undefined && input.age < plan.minAge) add('age', 'too_young');
    else if (guardianNeeded(plan, input.age, input.guardian_consent !== undefined)) {
      if (!input.guardian_name?.trim()) add('guardian_name', 'required');
      if (input.guardian_consent !== true) add('guardian_consent', 'guardian_consent_required');
    }
  }
  const headcount = input.kind === 'organisation' ? (input.headcount ?? 1) : 1;
  const someoneWaiting = activity.waitlist_count > 0;
  if (headcount > activity.capacity) add('headcount', 'too_large');
  else if (!someoneWaiting && activity.seats_left > 0 && headcount > activity.seats_left)
    add('headcount', 'not_enough_seats');
  return errors;
}

/** Whether a sign-up that passed the rules is confirmed now or waits (strict FIFO behind anyone waiting). */
export function signupStatusFor(activity: SignupActivity, headcount: number): 'confirmed' | 'waitlisted' {
  return activity.waitlist_count === 0 && headcount <= activity.seats_left ? 'confirmed' : 'waitlisted';
}
