// Codes of consultation windows: weekdays, wards, ways of contact, accessibility, notes, programs. One module per domain, so a bundle holds only the
// domains its code uses (a widget's first screen; issue 18). `../codes.ts` gathers them.

/** Open Referral–style weekday codes (RRULE BYDAY). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The 18 wards of Yokohama, the shipped default data. Other cities bring their own ward ids. */
export const YOKOHAMA_WARD_IDS = [
  'tsurumi',
  'kanagawa',
  'nishi',
  'naka',
  'minami',
  'hodogaya',
  'isogo',
  'kanazawa',
  'kohoku',
  'totsuka',
  'konan',
  'asahi',
  'midori',
  'seya',
  'sakae',
  'izumi',
  'aoba',
  'tsuzuki',
] as const;

/** How a window can be reached. 'mail' means e-mail (メール). */
export const CONTACT_MODES = ['phone', 'visit', 'online', 'mail'] as const;

export const PHONE_KINDS = ['voice', 'fax', 'text', 'tty'] as const;

/** 'writing' = 筆談 (conversation in writing). */
export const ACCESSIBILITY = [
  'wheelchair',
  'writing',
  'sign_language',
  'hearing_loop',
  'interpreter',
  'braille',
  'private_room',
] as const;

/** Why a window's data may need care: shown as a small note next to it. */
export const WINDOW_NOTES = [
  'hours_unverified', // hours taken from public pages but not confirmed with the operator
  'hours_vary', // hours differ by day or season: call to check
  'not_24h_every_day', // a line that is 24 h only on some days
  'free_call', // toll-free
  'paid_call', // navi-dial or ordinary charges
  'foreign_languages_available',
  'anonymous_ok',
  'sample_data',
  'main_switchboard', // the number is the office's switchboard: ask for the named section
] as const;

export const WINDOW_KINDS = ['office', 'line'] as const;

/** Programs of the 生活困窮者自立支援法 (DESIGN.md §6), used as window description codes and as guidance. */
export const PROGRAMS = [
  'independence_consultation', // 自立相談支援事業 — the default for any concern
  'housing_benefit', // 住居確保給付金
  'work_readiness', // 就労準備支援事業
  'supported_work', // 認定就労訓練事業 (中間的就労)
  'household_finance', // 家計改善支援事業
  'temporary_shelter', // 一時生活支援事業
  'child_learning', // 子どもの学習・生活支援事業
] as const;
