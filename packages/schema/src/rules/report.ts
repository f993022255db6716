/**
 * What a concern report must hold and what its receipt suggests, written once for the form and the server.
 *
 * - Not empty: a danger now is enough; otherwise a report about someone says at least one thing noticed (a sign, a concern, a school sign,
 *   days absent, or a few words); the person asking for themself says what they want help with (a concern
 *   or a few words). An empty report reaches a ward team with nothing to act on.
 * - The reporter's organisation belongs to roles that speak for one (shop or business, school, NPO): a
 *   neighbour reporting from a shop's page is not stamped with the shop's name.
 * - Programs and guidance follow what was noticed, not only the concern boxes: a hungry child suggests
 *   food support and the children's program, never 泊まる場所の支援 (which is for no home tonight).
 */
import { PROGRAMS } from '../codes.js';
import type { ConcernReportInput } from '../resources/concern-reports.js';

export const ROLES_WITH_ORGANISATION = ['business', 'school', 'npo'] as const;

export function roleHasOrganisation(role: string): boolean {
  return (ROLES_WITH_ORGANISATION as readonly string[]).includes(role);
}

type ReportContent = Pick<
  ConcernReportInput,
  'path' | 'signs' | 'concerns' | 'free_text' | 'school' | 'danger_now' | 'danger_kinds'
>;

/** True when a report says nothing a ward team could act on (see the module comment). */
export function reportIsEmpty(r: ReportContent): boolean {
  // a danger now is reason enough to send, with nothing else ticked
  if (r.danger_now === 'yes' || (r.danger_kinds ?? []).length > 0) return false;
  const words = (r.free_text ?? '').trim() !== '';
  const concerns = (r.concerns ?? []).length > 0;
  if (r.path === 'self') return !words && !concerns;
  const school = (r.school?.school_signs ?? []).length > 0 || (r.school?.absent_days_last_30 ?? 0) > 0;
  return !words && !concerns && !school && (r.signs ?? []).length === 0;
}

/** Concerns a sign or a school sign points to, so suggestions follow what was noticed. */
const SIGN_CONCERNS: Readonly<Record<string, readonly string[]>> = {
  utilities_stopped: ['money_debt'],
  unpaid_fees: ['money_debt'],
  talk_of_debt: ['money_debt'],
  weight_loss: ['food'],
  lost_work: ['work'],
  losing_housing: ['housing'],
  child_hungry: ['food', 'children_parenting'],
  child_absent: ['school_absence', 'children_parenting'],
  hunger: ['food', 'children_parenting'],
  no_lunch_money: ['food', 'money_debt', 'children_parenting'],
  unpaid_school_fees: ['money_debt', 'children_parenting'],
  frequent_absence: ['school_absence'],
  late_often: ['school_absence'],
  caring_for_family: ['care', 'children_parenting'],
};

/** The concerns of a report plus those its signs point to (no duplicates, concerns first). */
export function concernsNoticed(r: Pick<ReportContent, 'signs' | 'concerns' | 'school'>): string[] {
  const all = [
    ...(r.concerns ?? []),
    ...[...(r.signs ?? []), ...(r.school?.school_signs ?? [])].flatMap((s) => SIGN_CONCERNS[s] ?? []),
  ];
  return [...new Set(all)];
}

/** Which program fits which concern (DESIGN.md §6); independence_consultation fits all. */
export const PROGRAM_CONCERNS: Record<(typeof PROGRAMS)[number], readonly string[]> = {
  independence_consultation: [],
  housing_benefit: ['housing', 'money_debt', 'work'],
  work_readiness: ['work', 'hikikomori', 'isolation'],
  supported_work: ['work'],
  household_finance: ['money_debt'],
  // a place to stay (and food) for someone with no home tonight: housing, not a hungry child
  temporary_shelter: ['housing'],
  child_learning: ['children_parenting', 'school_absence'],
};

/** Programs to mention for a set of concerns, the default first. */
export function programsFor(concerns: readonly string[]): (typeof PROGRAMS)[number][] {
  return PROGRAMS.filter(
    (p) => p === 'independence_consultation' || PROGRAM_CONCERNS[p].some((c) => concerns.includes(c)),
  );
}

/** Whether the receipt should point to food support (子ども食堂, food banks) the ward can connect to. */
export function suggestsFoodSupport(r: Pick<ReportContent, 'signs' | 'concerns' | 'school'>): boolean {
  return concernsNoticed(r).includes('food');
}
