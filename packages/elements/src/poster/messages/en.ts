import type { PosterCatalogue } from './index.js';

export const posterEn: PosterCatalogue = {
  headline: 'You do not have to carry it alone',
  lead: 'Money, work, housing, family. Even if you do not know where to ask, your ward\u2019s Livelihood Support Division will listen.',
  scan: {
    finder: 'Scan with your phone to find a window you can talk to.',
    report: 'Worried about someone near you? Scan to tell the ward.',
  },
  qrLabel: (url: string) => `QR code (${url})`,
  partner: (name: string) => `This notice is displayed by ${name}.`,
  linesHeading: 'Phone lines open 24 hours',
  cardHeading: 'Where to ask for help',
  controls: {
    heading: 'Print the poster',
    format: 'What to print',
    formats: {
      poster: 'A4 poster',
      card: 'Counter cards (business-card size, 8 on A4)',
    },
    language: 'Language of the poster',
    print: 'Print',
    hint: 'Your browser\u2019s print dialog opens. Choose A4 paper and no margins.',
    missingHref: 'The QR code has no destination (href) set.',
  },
  languages: { ja: '日本語', 'ja-x-easy': 'やさしい日本語', en: 'English' },
};
