// Codes of partners, keys and webhooks. One module per domain, so a bundle holds only the
// domains its code uses (a widget's first screen; issue 18). `../codes.ts` gathers them.

/** Events a city's system can subscribe to (webhooks): ids and status only, never content. */
export const WEBHOOK_EVENTS = [
  'concern_report.created',
  'concern_report.status_changed',
  'signup.created',
  'signup.cancelled',
] as const;

export const PARTNER_TYPES = ['shop', 'company', 'facility', 'npo', 'school', 'city', 'other'] as const;

export const KEY_KINDS = ['publishable', 'secret'] as const;
