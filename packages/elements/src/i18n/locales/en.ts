import type { Catalogue } from '../catalogue.js';
import type { DateParts } from '../types.js';

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
