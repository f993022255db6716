import type { Catalogue } from '../catalogue.js';
import type { DateParts, FieldErrorArgs } from '../types.js';

/** "Phone number" → "phone number" inside a sentence; acronyms such as "URL" stay as they are. */
function inSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** English (British spelling, GOV.UK-style plain error messages that say how to fix the answer). */
export const en: Catalogue = {
  meta: {
    intl: 'en-GB',
    name: 'English',
  },
  common: {
    required: 'Required',
    optional: 'Optional',
    errorPrefix: 'Error: ',
    busy: 'Working on it, please wait.',
    sending: 'Sending, please wait.',
    loading: 'Loading.',
    retry: 'Try again',
    selectPlaceholder: 'Choose one',
  },
  errorSummary: {
    title: 'There is a problem',
    count: (n: number) => `${n} ${plural(n, 'answer needs', 'answers need')} fixing.`,
  },
  charCount: {
    limitHint: (max: number) => `You can enter up to ${max} characters.`,
    remaining: (n: number) => `You have ${n} ${plural(n, 'character', 'characters')} remaining`,
    over: (n: number) => `You have ${n} ${plural(n, 'character', 'characters')} too many`,
  },
  fieldError: {
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
      max === undefined
        ? `Enter a smaller number for ${inSentence(label)}`
        : `${label} must be ${max} or less`,
    too_small: ({ label, min }: FieldErrorArgs) =>
      min === undefined
        ? `Enter a larger number for ${inSentence(label)}`
        : `${label} must be ${min} or more`,
    not_a_number: ({ label }: FieldErrorArgs) => `Enter ${inSentence(label)} as a number (for example, 12)`,
    nothing_noticed: () => 'Choose at least one thing you noticed, or write a few words',
    invalid_type: ({ label }: FieldErrorArgs) => `Check ${inSentence(label)} and enter it again`,
    invalid_choice: ({ label }: FieldErrorArgs) => `Choose ${inSentence(label)} from the list`,
    invalid_format: ({ label }: FieldErrorArgs) =>
      `Enter ${inSentence(label)} in the format shown in the example`,
    invalid_phone: ({ label }: FieldErrorArgs) =>
      `Enter ${inSentence(label)} using numbers, like 045-123-4567`,
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
  },
  emergency: {
    heading: 'If someone is in danger now, call straight away',
    intro: 'When a life or someone’s safety is at risk, call before filling in this form.',
    lines: {
      police: { name: 'Police', note: 'Crime, accidents, or when someone is in danger' },
      ambulance: { name: 'Ambulance and fire', note: 'Sudden illness, injury or fire' },
      medical_advice: {
        name: 'Emergency medical advice',
        note: 'When you are not sure whether to call an ambulance (24 hours; if it does not connect, call 045-232-7119)',
      },
      child_abuse: {
        name: 'Child abuse line',
        note: 'When a child may be in danger (free, 24 hours, you can stay anonymous)',
      },
      yorisoi: {
        name: 'Yorisoi Hotline',
        note: 'Any worry at all (free, 24 hours; other languages: press 2)',
      },
      inochi: { name: 'Inochi no Denwa suicide prevention line', note: 'Talk about how you feel (free)' },
      kokoro: {
        name: 'Mental health helpline',
        note: 'Talk about mental health worries (call charges apply)',
      },
    },
  },
  /** Opening hours in words (Asia/Tokyo), for every widget that shows a window. */
  hours: {
    todayHours: (hours: string) => `Today: ${hours}`,
    closedToday: 'Closed today.',
    alwaysOpen: 'Open 24 hours.',
    hoursUnknown: 'Call to check the hours.',
    openNow: 'Open now',
    openUntil: (time: string) => `Open now (until ${time})`,
    closedNow: 'Closed now',
    opensToday: (time: string) => `Opens today at ${time}`,
    opensTomorrow: (time: string) => `Opens tomorrow at ${time}`,
    opensOn: (date: string, time: string) => `Opens ${date} at ${time}`,
    timeRange: (from: string, to: string) => `${from}–${to}`,
  },
  /** The ward's window and the lines open tonight: the help card on the receipt and atop the finder. */
  helpCard: {
    cardHeading: 'Where to ask when life gets hard',
    heading: 'Not sure where to go?',
    text: "Your ward's Livelihood Support Division (生活支援課) listens to any trouble, even a tangled one.",
    phone: 'Phone',
    linesHeading: 'Phone lines open 24 hours',
    linesIntro: 'You can talk at night and on holidays too.',
    linesAfterHours: 'When the ward office is closed, these lines still answer.',
  },
  /** The programs of the independence-support law in plain words (DESIGN §6), for every widget. */
  programs: {
    independence_consultation: {
      label: 'The first place to talk',
      hint: 'Whatever the trouble, they make a support plan together with the person.',
    },
    housing_benefit: {
      label: 'Help with rent (Housing Security Benefit, jūkyo kakuho kyūfukin)',
      hint: 'When work was lost or cut.',
    },
    work_readiness: { label: 'Getting ready for work', hint: 'At the person’s own pace.' },
    supported_work: {
      label: 'Supported work experience',
      hint: 'Working with support at a partner business.',
    },
    household_finance: {
      label: 'Sorting out household money',
      hint: 'Money and debts, sorted out together.',
    },
    temporary_shelter: { label: 'A place to stay for now', hint: 'A place to sleep tonight, and food.' },
    child_learning: {
      label: 'Study and a place to be for children',
      hint: 'Help with studying and a safe place to spend time.',
    },
  },
  /** One name per concern code (an area of life), the same in every widget that shows it. */
  concerns: {
    money_debt: 'Money or debt',
    work: 'Work',
    housing: 'Housing',
    food: 'Food',
    health_mind: 'Physical or mental health',
    children_parenting: 'Children or parenting',
    school_absence: 'Not going to school',
    hikikomori: 'Cannot leave home (hikikomori)',
    care: 'Caring for someone',
    disability: 'Disability',
    violence_abuse: 'Violence or abuse',
    foreign_language: 'Difficulty with Japanese',
    isolation: 'No one to turn to',
    other: 'Something else',
  },
  format: {
    date: (p: DateParts) => `${p.weekday} ${p.day} ${p.monthShort}`,
    walkingMinutes: (n: number) => `${n} min walk`,
  },
  /**
   * Why a request failed, in words a person can act on: one sentence per failure kind, shared by every
   * widget (internal/failures.ts maps the SDK's errors to these kinds).
   */
  failures: {
    notSent: 'We could not send it.',
    notLoaded: 'We could not load it.',
    offline: 'Check that you are online, then try again.',
    busy: 'Many people are using this right now. Wait a moment, then try again.',
    notConfigured:
      'This page is not set up correctly, so this cannot work here. Please tell the people who run this page.',
    rejected: 'Some of what you entered could not be accepted. Please check it.',
    server: 'There is a problem on our side. Wait a moment, then try again.',
    kept: 'What you entered is still here. Sending it again will not send it twice.',
    keptAnswers: 'What you entered is still here.',
  },
};
