// The guide's and the self-check's structure, shared by every locale: which roles, audiences and
// situations exist and which answer is the one we suggest. The words are in messages/.

/** The national gatekeeper model's four roles (any one of them is already a great support). */
export const ROLES = ['notice', 'listen', 'connect', 'watch'] as const;
export type Role = (typeof ROLES)[number];

/** Who is reading: the examples are chosen for their everyday work. */
export const AUDIENCES = ['shop', 'delivery', 'school', 'neighbour'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** What counts as urgent: call 110 / 119 / 189 / the lines below rather than file a report. */
export const URGENT_LINES = ['police', 'ambulance', 'child_abuse', 'inochi'] as const;

/** The self-check: everyday situations, each answer's id, and the answer we suggest. */
export const SITUATIONS = [
  { id: 'regular', answers: ['ask', 'leave', 'lecture'], suggested: 'ask' },
  { id: 'refuses', answers: ['push', 'respect', 'promise'], suggested: 'respect' },
  { id: 'mail', answers: ['report', 'break_in', 'wait'], suggested: 'report' },
  { id: 'child', answers: ['call_189', 'later', 'ask_parents'], suggested: 'call_189' },
  { id: 'secret', answers: ['keep', 'explain', 'change_topic'], suggested: 'explain' },
] as const;
export type Situation = (typeof SITUATIONS)[number];
export type SituationId = Situation['id'];
