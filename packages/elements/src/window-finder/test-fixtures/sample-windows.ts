// Small, hand-made windows for the pure-function tests (real ward office hours: weekdays 8:45–17:00).
import type { ConsultationWindow } from '@tsunagu/schema';
import { CONCERNS } from '@tsunagu/schema';

const base = {
  organization: '横浜市',
  description_codes: [],
  note_codes: [],
  languages: ['ja'],
  accessibility: [],
  sample: true,
  source: { name: 'test' },
  updated_at: '2026-01-01T00:00:00Z',
  phones: [{ number: '045-000-0000', kind: 'voice' }],
} as const;

const weekdays = {
  schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '08:45', closes_at: '17:00' }],
} as ConsultationWindow['hours'];

export function wardOffice(
  ward: string,
  lat: number,
  lng: number,
  extra: Partial<ConsultationWindow> = {},
): ConsultationWindow {
  return {
    ...base,
    phones: [...base.phones],
    languages: [...base.languages],
    accessibility: [],
    note_codes: [],
    id: `${ward}-seikatsushien`,
    kind: 'office',
    name: `${ward} 生活支援課`,
    description_codes: ['independence_consultation', 'housing_benefit'],
    concerns: [...CONCERNS],
    ward_id: ward,
    service_area: { ward_ids: [ward] },
    location: { address: `${ward} 1-1`, lat, lng },
    hours: weekdays,
    contact_modes: ['phone', 'visit'],
    ...extra,
  };
}

export function line(
  id: string,
  concerns: ConsultationWindow['concerns'],
  alwaysOpen: boolean,
): ConsultationWindow {
  return {
    ...base,
    phones: [...base.phones],
    languages: [...base.languages],
    accessibility: [],
    note_codes: [],
    id,
    kind: 'line',
    name: id,
    description_codes: [],
    concerns,
    ward_id: null,
    service_area: null,
    location: null,
    hours: { always_open: alwaysOpen, schedules: [] },
    contact_modes: ['phone'],
  };
}

/** An NPO that serves anyone, in naka, speaking English, wheelchair accessible, only about food. */
export function npo(): ConsultationWindow {
  return {
    ...wardOffice('naka', 35.4449, 139.6395),
    id: 'npo-food',
    name: 'フードバンク',
    description_codes: [],
    concerns: ['food'],
    service_area: null,
    languages: ['ja', 'en'],
    accessibility: ['wheelchair'],
    contact_modes: ['visit', 'online'],
    hours: {
      schedules: [{ byday: ['SA'], opens_at: '10:00', closes_at: '15:00' }],
      closed_on_holidays: false,
    },
  };
}

/** 中区 (naka) office, 南区 (minami) office, 磯子区 (isogo) office at their real points. */
export const NAKA = wardOffice('naka', 35.446371, 139.642363);
export const MINAMI = wardOffice('minami', 35.4346, 139.627622);
export const ISOGO = wardOffice('isogo', 35.403667, 139.619277);
/** 南区大岡四丁目: its nearest office is 磯子区's, but it is in 南区. */
export const OOKA_4 = { lat: 35.41133, lng: 139.603847 };
