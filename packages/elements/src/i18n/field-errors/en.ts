import type { FieldErrorSentences } from '../field-errors.js';
import type { FieldErrorArgs } from '../types.js';

/** "Phone number" → "phone number" inside a sentence; acronyms such as "URL" stay as they are. */
function inSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** The field-error sentences in English, GOV.UK style: each says how to fix the answer. */
export const enFieldErrors: FieldErrorSentences = {
  required: ({ label, kind }: FieldErrorArgs) =>
    kind === 'choice'
      ? `Choose ${inSentence(label)}`
      : kind === 'check'
        ? `Tick “${label}” to continue`
        : `Enter ${inSentence(label)}`,
  too_long: ({ label, max }: FieldErrorArgs) =>
    max === undefined ? `Make ${inSentence(label)} shorter` : `${label} must be ${max} characters or fewer`,
  too_short: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `Add a little more to ${inSentence(label)}`
      : `${label} must be at least ${min} characters`,
  too_many: ({ label, max }: FieldErrorArgs) =>
    max === undefined
      ? `Choose fewer options for ${inSentence(label)}`
      : `Choose up to ${max} options for ${inSentence(label)}`,
  too_few: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `Choose more options for ${inSentence(label)}`
      : `Choose at least ${min} options for ${inSentence(label)}`,
  too_large: ({ label, max }: FieldErrorArgs) =>
    max === undefined ? `Enter a smaller number for ${inSentence(label)}` : `${label} must be ${max} or less`,
  too_small: ({ label, min }: FieldErrorArgs) =>
    min === undefined ? `Enter a larger number for ${inSentence(label)}` : `${label} must be ${min} or more`,
  not_a_number: ({ label }: FieldErrorArgs) => `Enter ${inSentence(label)} as a number (for example, 12)`,
  nothing_noticed: () => 'Choose at least one thing you noticed, or write a few words',
  invalid_type: ({ label }: FieldErrorArgs) => `Check ${inSentence(label)} and enter it again`,
  invalid_choice: ({ label }: FieldErrorArgs) => `Choose ${inSentence(label)} from the list`,
  invalid_format: ({ label }: FieldErrorArgs) =>
    `Enter ${inSentence(label)} in the format shown in the example`,
  invalid_phone: ({ label }: FieldErrorArgs) => `Enter ${inSentence(label)} using numbers, like 045-123-4567`,
  invalid_email: ({ label }: FieldErrorArgs) =>
    `Enter ${inSentence(label)} in the correct format, like name@example.jp`,
  invalid_date: ({ label }: FieldErrorArgs) => `${label} must be a real date`,
  invalid_time: ({ label }: FieldErrorArgs) => `Enter ${inSentence(label)} like 9:30`,
  invalid_url: ({ label }: FieldErrorArgs) => `Enter ${inSentence(label)} starting with https://`,
  invalid_language: ({ label }: FieldErrorArgs) => `Choose ${inSentence(label)} from the list of languages`,
  invalid_coordinates: () => 'We could not find that place. Enter a town name or choose a ward',
  unknown_field: () => 'The form sent something it should not. Reload the page and fill it in again',
  consent_required: ({ label }: FieldErrorArgs) => `Tick “${label}” to send the form`,
  guardian_consent_required: ({ label }: FieldErrorArgs) =>
    `Under-18s need a parent or guardian to agree. Ask them, then tick “${label}”`,
  terms_required: ({ label }: FieldErrorArgs) => `Read the terms and privacy notice, then tick “${label}”`,
  contact_required: () => 'Enter a phone number or an email address, or choose to stay anonymous',
  not_allowed: ({ label }: FieldErrorArgs) =>
    `That answer is not possible for ${inSentence(label)}. Choose another one`,
  too_young: ({ label }: FieldErrorArgs) =>
    `This activity has an age requirement. Check ${inSentence(label)}`,
  ends_before_start: ({ label }: FieldErrorArgs) => `${label} must be after the start`,
  unknown_ward: ({ label }: FieldErrorArgs) => `Choose ${inSentence(label)} from the list of wards`,
  unknown_town: ({ label }: FieldErrorArgs) =>
    `We could not find ${inSentence(label)}. Check the town name or choose a ward`,
  ambiguous_town: () => 'More than one ward has a place with this name. Choose the ward too',
  unknown_activity: () => 'We could not find this activity. Choose it again from the list',
  not_enough_seats: ({ max }: FieldErrorArgs) =>
    max === undefined
      ? 'There are not enough seats left. Sign up fewer people'
      : `Only ${max} ${plural(max, 'seat is', 'seats are')} left. Sign up ${max} ${plural(max, 'person', 'people')} or fewer`,
  invalid: ({ label }: FieldErrorArgs) => `Check ${inSentence(label)}`,
};
