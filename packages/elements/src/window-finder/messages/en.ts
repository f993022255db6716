import type { FinderCatalogue } from './index.js';

/** English — for visitors who asked for a language without its own catalogue too (see resolveLocale). */
export const finderEn: FinderCatalogue = {
  title: 'Find a place to talk',
  intro:
    'The person themself, family or anyone around them can ask for help. Choose what the trouble is about to see where to go.',
  concerns: {
    legend: 'What is the trouble about?',
    hint: 'Choose as many as you like.',
  },
  place: {
    heading: 'Where are you?',
    hint: 'With a place, the windows of your own ward come first, then the nearest ones.',
    geoButton: 'Use where I am now',
    geoNote:
      'Your browser asks for your location only when you press the button. It is neither sent nor stored.',
    geoBusy: 'Finding where you are.',
    geoDenied: 'Your location could not be used. Type a town name or choose a ward instead.',
    geoUnavailable: 'We could not tell where you are. Type a town name or choose a ward instead.',
    geoOutside:
      'You seem to be outside Yokohama. Windows are listed nearest first; you can also choose a ward.',
    geoFound: (ward: string) => `Showing windows near where you are (${ward}).`,
    townLabel: 'Town name',
    townHint: 'For example 相生町 or あいおいちょう. Choose from the suggestions.',
    townSuggestions: (n: number) =>
      n === 0
        ? 'No suggestions.'
        : `${n} suggestion${n === 1 ? '' : 's'}. Use the up and down arrow keys to choose.`,
    townNoMatch: 'No town found with that name. Try another spelling or choose a ward.',
    townChosen: (town: string, ward: string) => `Showing windows near ${town} (${ward}).`,
    townNoPoint: (town: string, ward: string) =>
      `We do not know where ${town} is on the map, so the windows of ${ward} are shown.`,
    wardLabel: 'Ward',
    wardAll: 'All wards',
    clear: 'Clear the place',
    current: (ward: string) => `Your ward: ${ward}`,
  },
  filters: {
    heading: 'Narrow down',
    openNow: 'Only windows open now',
    language: 'Language spoken',
    languageAny: 'Any',
    modesLegend: 'How to talk to them',
    modes: { phone: 'Phone', visit: 'Visit in person', online: 'Online', mail: 'Email' },
    accessibilityLegend: 'Accessibility',
    accessibility: {
      wheelchair: 'Wheelchair access',
      writing: 'Conversation in writing',
      sign_language: 'Sign language',
      hearing_loop: 'Hearing loop',
      interpreter: 'Interpreter',
      braille: 'Braille',
      private_room: 'Private room',
    },
  },
  results: {
    heading: 'Where you can talk',
    count: (n: number) => (n === 1 ? '1 window found.' : `${n} windows found.`),
    loading: 'Loading the windows.',
    error: 'The windows could not be loaded. Check your connection and try again. Your choices are kept.',
    retry: 'Try again',
    empty:
      'No window matches all your choices. Try removing some. When unsure, the Livelihood Support Division of your ward below takes any consultation.',
    yourWard: 'Your ward',
    pinned: 'Not every choice matches, but this window takes any consultation first.',
    servesWardOnly: (wards: string) => `For residents of ${wards}.`,
    distance: (distance: string, walk: string) => `About ${distance} from here (${walk})`,
    helpsWith: 'Help with',
    anyConcern: 'Takes any consultation.',
    phone: 'Phone',
    fax: 'Fax',
    free: 'free',
    address: 'Address',
    map: (name: string) => `See ${name} on a map`,
    newTab: '(opens in a new tab)',
    languages: 'Languages',
    accessibility: 'Accessibility',
    website: 'Website',
    showMore: (n: number, rest: number) => `Show ${n} more (${rest} left)`,
    phoneLines: 'Lines you can phone',
    showAllWards: (n: number) => `Show every ward office's Livelihood Support Section (${n})`,
    showOtherWards: (n: number) => `Show other wards' windows too (${n})`,
    otherWardsNote: 'Another ward’s Livelihood Support Section serves the people who live in that ward.',
    programsOnce:
      'Help the Livelihood Support Section can connect you to (rent, Housing Security Benefit, and more)',
  },
  notes: {
    hours_unverified: 'Hours not yet confirmed: call to check.',
    hours_vary: 'Hours change by day or season.',
    not_24h_every_day: 'Not 24 hours on every day.',
    free_call: 'Free call.',
    paid_call: 'Call charges apply.',
    foreign_languages_available: 'Foreign languages available.',
    anonymous_ok: 'You need not give your name.',
    sample_data: 'Sample data.',
    main_switchboard: 'Main switchboard: ask for the Livelihood Support Division (生活支援課).',
  },
  danger: {
    heading: 'If someone is in danger now, call straight away',
    intro: 'When violence or abuse puts someone in danger now, call before looking for a window.',
  },
  credits: {
    label: 'Data sources: ',
  },
};
