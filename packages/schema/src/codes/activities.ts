// Codes of activities and sign-ups. One module per domain, so a bundle holds only the
// domains its code uses (a widget's first screen; issue 18). `../codes.ts` gathers them.

export const ACTIVITY_TYPES = [
  'watch',
  'business_watch',
  'food_support',
  'community_place',
  'study_support',
  'work_experience',
  'training',
] as const;

export const SIGNUP_KINDS = ['person', 'organisation'] as const;

export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

/** What a sign-up form must ask for an activity ("ask only what the activity needs"). */
export const SIGNUP_FIELDS = ['phone', 'email', 'age', 'address_ward', 'experience', 'languages'] as const;

/** Name of the honeypot field on public forms: humans never see it, bots fill it. */
export const HONEYPOT_FIELD = 'website' as const;
