import type { SupportWords } from '../support-words.js';

/** The words of help and where to find it, as ../locales/en.ts. */
export const enSupportWords: SupportWords = {
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
};
