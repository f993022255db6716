// Codes of concern reports: who reports, paths, consent, danger, time windows, school signs, statuses, guidance. One module per domain, so a bundle holds only the
// domains its code uses (a widget's first screen; issue 18). `../codes.ts` gathers them.

export const REPORTER_ROLES = ['self', 'family', 'neighbour', 'business', 'school', 'npo', 'other'] as const;

export const REPORT_PATHS = ['self', 'about_someone'] as const;

export const REPORT_CONTEXTS = ['general', 'school'] as const;

export const CONSENT_VALUES = ['yes', 'not_asked', 'no', 'cannot_ask'] as const;

export const DANGER_NOW = ['yes', 'no', 'unsure'] as const;

export const TIME_WINDOWS = ['any', 'morning', 'afternoon', 'evening', 'weekday_daytime'] as const;

/** Signs a school notices (school referral variant). */
export const SCHOOL_SIGNS = [
  'frequent_absence',
  'late_often',
  'no_lunch_money',
  'unpaid_school_fees',
  'hygiene',
  'hunger',
  'tiredness',
  'caring_for_family',
  'no_supplies',
  'injuries',
  'other',
] as const;

export const REPORT_STATUSES = ['received', 'acknowledged', 'connected', 'closed'] as const;

/** What the receipt tells the reporter happens next (each a catalogue key in the widgets). */
export const GUIDANCE_CODES = [
  'call_emergency_now', // danger now: 110 / 119 first
  'call_child_abuse_line', // 189
  'call_suicide_lines', // いのちの電話 / よりそいホットライン
  'ward_team_will_review', // the ward's 生活支援課 reads the report
  'ward_will_contact_you', // consent given and a way to contact
  'person_choice_respected', // no consent: recorded as a concern for the ward team to judge
  'school_routed_child_family_support', // school context: also こども家庭支援
  'keep_reference_for_status', // keep the reference and check code
  'anonymous_no_contact', // anonymous: the ward cannot call back
  'food_support', // food noticed (a hungry child, no lunch money): the ward can connect to food support
] as const;

/** Max length of the short free text in a concern report (keep it short: no health details unless needed). */
export const FREE_TEXT_MAX = 800;
