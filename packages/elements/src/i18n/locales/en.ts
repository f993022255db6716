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
