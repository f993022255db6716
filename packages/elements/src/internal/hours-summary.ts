/**
 * What a result says about opening hours, at an instant, in Asia/Tokyo whatever the browser's zone
 * (pure functions on the schema's hours.ts; the words are in the catalogue).
 */
import {
  currentInterval,
  nextOpening,
  openingsOn,
  tokyoDateOf,
  type OpeningHours,
  type OpeningInterval,
} from '@tsunagu/schema/hours';

export type HoursSummary =
  | { kind: 'always' }
  /** no schedule at all (hours not confirmed): never claimed open */
  | { kind: 'unknown' }
  | { kind: 'open'; today: OpeningInterval[]; closesAt: Date | null }
  | { kind: 'closed'; today: OpeningInterval[]; next: Date | null; nextDay: 'today' | 'tomorrow' | 'later' };

const DAY_MS = 86_400_000;

function dayDistance(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function summarizeHours(hours: OpeningHours, now: Date): HoursSummary {
  if (hours.always_open) return { kind: 'always' };
  if (hours.schedules.length === 0 && !(hours.exceptions ?? []).some((e) => !e.closed))
    return { kind: 'unknown' };
  const today = tokyoDateOf(now);
  const intervals = openingsOn(hours, today);
  const current = currentInterval(hours, now);
  if (current) return { kind: 'open', today: intervals, closesAt: current.closes };
  const next = nextOpening(hours, now);
  const distance = next ? dayDistance(today, tokyoDateOf(next)) : Infinity;
  return {
    kind: 'closed',
    today: intervals,
    next,
    nextDay: distance === 0 ? 'today' : distance === 1 ? 'tomorrow' : 'later',
  };
}
