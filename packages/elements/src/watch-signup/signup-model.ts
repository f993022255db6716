// What the sign-up form asks for one activity ("only what the activity needs"), its checks, and the
// request body. Pure functions over the schema's sign-up rules (rules/signup.ts, the server's too): the
// element keeps the values; problems are schema codes worded at render.
import type { Activity, FieldError, SignupInput } from '@tsunagu/schema';
import {
  guardianNeeded,
  normalizePhone,
  PHONE_PATTERN,
  readWholeNumber,
  SIGNUP_EXPERIENCE_MAX,
  SIGNUP_LANGUAGES_MAX,
  signupFieldsOf,
  signupPlan,
  signupRuleErrors,
  type SignupPlan,
} from '@tsunagu/schema/rules';
import type { FieldProblem } from '../internal/form-element.js';
import type { SignupValues } from './signup-values.js';

export { emptyValues, type SignupValues } from './signup-values.js';

/** The questions of the form for one activity and the current kind of sign-up (the schema's plan). */
export type FormPlan = SignupPlan;

export const EXPERIENCE_MAX = SIGNUP_EXPERIENCE_MAX;
export const LANGUAGES_MAX = SIGNUP_LANGUAGES_MAX;

export function planFor(activity: Activity, values: Pick<SignupValues, 'kind'>): FormPlan {
  return signupPlan(activity, values.kind);
}

/** A typed number read the way the server would ("45歳", "十二", "１２" → 45, 12, 12). */
function wholeNumber(text: string): number | undefined {
  return readWholeNumber(text) ?? undefined;
}

/** True when the guardian questions apply: an age under the guardian age, or "under N" ticked. */
export function needsGuardian(plan: FormPlan, values: SignupValues): boolean {
  return guardianNeeded(plan, plan.age ? wholeNumber(values.age) : undefined, values.minor);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The checks the server makes, in the order of the fields on screen: what the typed text must look like
 * (numbers that cannot be read get `not_a_number`), then the activity's own rules from the schema
 * (`signupRuleErrors`, the very function the server calls).
 */
export function validate(plan: FormPlan, values: SignupValues, activity: Activity): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (fieldId: string, code: string, extra: Partial<FieldProblem> = {}) => {
    if (!problems.some((p) => p.fieldId === fieldId)) problems.push({ fieldId, code, ...extra });
  };
  if (plan.organisation) {
    if (!values.organisation_name.trim()) add('organisation_name', 'required');
    else if (values.organisation_name.trim().length > 100) add('organisation_name', 'too_long', { max: 100 });
    const headcount = wholeNumber(values.headcount);
    if (values.headcount.trim() === '') add('headcount', 'required');
    else if (headcount === undefined) add('headcount', 'not_a_number');
    else if (headcount < 1) add('headcount', 'too_small', { min: 1 });
    else if (headcount > plan.maxHeadcount && (plan.full || headcount > activity.seats_left))
      add('headcount', plan.full ? 'too_large' : 'not_enough_seats', { max: plan.maxHeadcount });
  }
  if (!values.name.trim()) add('name', 'required');
  else if (values.name.trim().length > 60) add('name', 'too_long', { max: 60 });
  const phone = normalizePhone(values.phone);
  const email = values.email.trim();
  if (plan.phone !== 'hidden' && phone && !PHONE_PATTERN.test(phone)) add('phone', 'invalid_phone');
  if (plan.eitherContact && !phone && !email) add('phone', 'contact_required');
  if (plan.email !== 'hidden' && email && !EMAIL.test(email)) add('email', 'invalid_email');
  if (plan.age && values.age.trim() !== '') {
    const age = wholeNumber(values.age);
    if (age === undefined) add('age', 'not_a_number');
    else if (age > 120) add('age', 'too_large', { max: 120 });
  }
  if (plan.languages && values.languages.length > LANGUAGES_MAX)
    add('languages', 'too_many', { max: LANGUAGES_MAX });
  if (plan.experience && values.experience.length > EXPERIENCE_MAX)
    add('experience', 'too_long', { max: EXPERIENCE_MAX });
  for (const { path, code } of signupRuleErrors(activity, toInput(activity.id, plan, values))) {
    if (path === 'headcount' && problems.some((p) => p.fieldId === 'headcount')) continue;
    add(path, code, code === 'not_enough_seats' ? { max: activity.seats_left } : {});
  }
  if (!values.terms_accepted) add('terms_accepted', 'terms_required');
  const order = signupFieldsOf(plan);
  return problems
    .map((p) => ({ ...p, ...kindOf(p.fieldId) }))
    .sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId));
}

function kindOf(fieldId: string): Pick<FieldProblem, 'kind'> {
  return fieldId === 'guardian_consent' || fieldId === 'terms_accepted'
    ? { kind: 'check' }
    : fieldId === 'address_ward' || fieldId === 'languages' || fieldId === 'kind'
      ? { kind: 'choice' }
      : {};
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
  const phone = normalizePhone(values.phone);
  if (plan.phone !== 'hidden' && phone) input.phone = phone;
  if (plan.email !== 'hidden' && values.email.trim()) input.email = values.email.trim();
  if (plan.age) {
    const age = wholeNumber(values.age);
    if (age !== undefined) input.age = age;
  }
  if (needsGuardian(plan, values)) {
    input.guardian_consent = values.guardian_consent;
    input.guardian_name = values.guardian_name.trim();
  }
  if (plan.addressWard && values.address_ward) input.address_ward = values.address_ward;
  if (plan.languages) input.languages = values.languages;
  if (plan.experience) input.experience = values.experience.trim();
  if (values.website) input.website = values.website;
  return input;
}

/**
 * Server field errors as problems on this form's fields (`languages.0` → `languages`). A path the form
 * does not show stays a problem (in the summary, without a link to a field that is not there).
 */
export function problemsFromServer(
  fields: readonly FieldError[],
  plan: FormPlan,
  seatsLeft: number,
): FieldProblem[] {
  return fields.map(({ path, code }) => {
    let fieldId = path.split('.')[0] ?? path;
    if (code === 'contact_required') fieldId = plan.phone !== 'hidden' ? 'phone' : 'email';
    return {
      fieldId,
      code,
      ...kindOf(fieldId),
      ...(code === 'not_enough_seats' ? { max: seatsLeft } : {}),
    };
  });
}
