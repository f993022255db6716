/**
 * Which answers in a concern report mean danger, and which emergency lines to show.
 *
 * Stable codes only, never sentences: the widgets' message catalogues turn codes into words. The code
 * lists below are the single source; `codes.ts` re-exports them.
 *
 * The rules err on the side of showing a line: showing 110 to someone who did not need it costs little,
 * hiding it from someone who did costs a lot. Unknown codes are ignored (never an error), so an older
 * widget and a newer server, or the reverse, still agree on everything they both know.
 */

/** National lines (tel as dialled in Japan). `medical_advice` #7119 is not reachable from every phone. */
export const EMERGENCY_LINES = {
  police: { id: 'police', tel: '110' },
  ambulance: { id: 'ambulance', tel: '119' }, // fire and ambulance
  child_abuse: { id: 'child_abuse', tel: '189' }, // 児童相談所虐待対応ダイヤル, free, 24 h
  inochi: { id: 'inochi', tel: '0120-783-556' }, // 自殺予防いのちの電話
  yorisoi: { id: 'yorisoi', tel: '0120-279-338' }, // よりそいホットライン, free, 24 h
  kokoro: { id: 'kokoro', tel: '0570-064-556' }, // こころの健康相談統一ダイヤル
  medical_advice: { id: 'medical_advice', tel: '#7119', alt_tel: '045-232-7119' }, // 救急相談センター
} as const;
export type EmergencyLineId = keyof typeof EMERGENCY_LINES;

/** What kind of immediate danger, asked after "is anyone in danger now?". */
export const DANGER_KINDS = ['violence', 'medical', 'fire', 'suicide', 'child_abuse'] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

export const AGE_GROUPS = [
  'child_0_5',
  'child_6_12',
  'teen_13_17',
  'adult_18_39',
  'adult_40_64',
  'senior_65_plus',
  'unknown',
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Under 18: a 児童 in the sense of 児童福祉法, the age range the 189 line serves. */
export const CHILD_AGE_GROUPS = [
  'child_0_5',
  'child_6_12',
  'teen_13_17',
] as const satisfies readonly AgeGroup[];

/** 気づきのサイン: things someone may notice in daily life. */
export const SIGNS = [
  'utilities_stopped',
  'mail_piling_up',
  'not_seen_lately',
  'unpaid_fees',
  'same_clothes',
  'weight_loss',
  'child_hungry',
  'child_absent',
  'talk_of_debt',
  'lost_work',
  'losing_housing',
  'withdrawal',
  'confusion',
  'injuries',
  'other',
] as const;
export type Sign = (typeof SIGNS)[number];

/** Signs that, for a person under 18, suggest abuse or neglect (and so the 189 line). */
export const CHILD_RISK_SIGNS = [
  'child_hungry',
  'child_absent',
  'injuries',
] as const satisfies readonly Sign[];

/** Concern categories (複合的な課題: several at once is normal). */
export const CONCERNS = [
  'money_debt',
  'work',
  'housing',
  'food',
  'health_mind',
  'children_parenting',
  'school_absence',
  'hikikomori',
  'care',
  'disability',
  'violence_abuse',
  'foreign_language',
  'isolation',
  'other',
] as const;
export type Concern = (typeof CONCERNS)[number];

export interface TriageAnswers {
  danger_now?: 'yes' | 'no' | 'unsure';
  /** DANGER_KINDS codes; plain strings because they come straight from form state. */
  danger_kinds?: readonly string[];
  /** SIGNS codes. */
  signs?: readonly string[];
  /** CONCERNS codes. */
  concerns?: readonly string[];
  /** AGE_GROUPS code. */
  person_age_group?: string;
  /** Free text never drives triage: no keyword guessing on what someone wrote about another person. */
  free_text_flags?: never;
}

export interface TriageResult {
  /** Danger now: show 110 / 119 first and flag the report. */
  urgent: boolean;
  child_abuse_suspected: boolean;
  suicide_risk: boolean;
  /** Lines to show, most urgent first, no duplicates. */
  lines: EmergencyLineId[];
}

/** The order lines are shown in when several apply: life-threatening first, advice lines last. */
const LINE_PRIORITY: readonly EmergencyLineId[] = [
  'police',
  'ambulance',
  'medical_advice',
  'child_abuse',
  'inochi',
  'yorisoi',
  'kokoro',
];

function includesAny(values: readonly string[] | undefined, wanted: readonly string[]): boolean {
  return values !== undefined && values.some((value) => wanted.includes(value));
}

export function isChildAgeGroup(group: string | undefined): boolean {
  return group !== undefined && (CHILD_AGE_GROUPS as readonly string[]).includes(group);
}

/**
 * Rules:
 * - danger_now 'yes' → urgent; 110 and 119 come first.
 * - danger_now 'unsure' → not urgent, but 110, 119 and #7119 (to ask whether an ambulance is needed).
 * - a danger kind picked without 'yes'/'unsure' still shows its own line (violence → 110,
 *   medical/fire → 119): the form should not have allowed it, and a line is cheap.
 * - child abuse suspected when the kind 'child_abuse' is picked, or the person is under 18 and a
 *   child-risk sign (hungry, absent, injuries) or the concern 'violence_abuse' is given → 189.
 * - suicide risk when the kind 'suicide' is picked → いのちの電話, よりそいホットライン, こころの健康相談.
 */
export function triage(answers: TriageAnswers): TriageResult {
  const kinds = answers.danger_kinds ?? [];
  const urgent = answers.danger_now === 'yes';
  const unsure = answers.danger_now === 'unsure';
  const isChild = isChildAgeGroup(answers.person_age_group);

  const child_abuse_suspected =
    kinds.includes('child_abuse') ||
    (isChild &&
      (includesAny(answers.signs, CHILD_RISK_SIGNS) || includesAny(answers.concerns, ['violence_abuse'])));
  const suicide_risk = kinds.includes('suicide');

  const wanted = new Set<EmergencyLineId>();
  if (urgent || unsure) {
    wanted.add('police');
    wanted.add('ambulance');
  }
  if (unsure) wanted.add('medical_advice');
  if (kinds.includes('violence')) wanted.add('police');
  if (kinds.includes('medical') || kinds.includes('fire')) wanted.add('ambulance');
  if (child_abuse_suspected) wanted.add('child_abuse');
  if (suicide_risk) {
    wanted.add('inochi');
    wanted.add('yorisoi');
    wanted.add('kokoro');
  }

  return {
    urgent,
    child_abuse_suspected,
    suicide_risk,
    lines: LINE_PRIORITY.filter((id) => wanted.has(id)),
  };
}
