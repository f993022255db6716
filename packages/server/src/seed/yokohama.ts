// `--seed yokohama`: wards, 1,705 towns, the 18 ward 生活支援課 windows, national lines, sample activities
// and (optionally) the demo partner. Idempotent: seeds only an empty database, all in one transaction.
import { CONCERNS, PROGRAMS, splitChome, type WindowInput } from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import { upsertWindow } from '../services/windows-repo.js';
import { NATIONAL_LINES } from './national-lines.js';
import { sampleActivities } from './sample-activities.js';
import { upsertActivity } from '../services/activities-repo.js';
import {
  readTownReadings,
  readTowns,
  readWardOffices,
  WARD_NAMES_EN,
  YOKOHAMA_DATA_DIR,
} from './yokohama-data.js';

export const YOKOHAMA_ATTRIBUTION = [
  '区役所データ: ytsubo8426/japan-municipal-offices (CC0 1.0)',
  '町丁目の代表点: 「Geolonia 住所データ」https://github.com/geolonia/japanese-addresses (CC BY 4.0), based on 国土交通省 位置参照情報',
];

export function isEmpty(db: Db): boolean {
  const row = db
    .prepare('SELECT (SELECT COUNT(*) FROM wards) + (SELECT COUNT(*) FROM windows) AS n')
    .get() as { n: number };
  return row.n === 0;
}

export function wardWindow(office: ReturnType<typeof readWardOffices>[number]): WindowInput {
  const en = WARD_NAMES_EN[office.ward_id] ?? office.ward_id;
  return {
    id: `${office.ward_id}-seikatsushien`,
    kind: 'office',
    name: `${office.ward} 生活支援課（自立相談支援）`,
    name_en: `${en} Ward Livelihood Support Division (independence support consultation)`,
    organization: office.name,
    organization_en: `Yokohama City ${en} Ward Office`,
    description_codes: [...PROGRAMS],
    concerns: [...CONCERNS], // takes any consultation (丸ごと受け止める)
    ward_id: office.ward_id,
    service_area: { ward_ids: [office.ward_id] },
    location: { address: office.address, lat: office.lat, lng: office.lng },
    phones: [{ number: office.phone, kind: 'voice', note_codes: ['main_switchboard'] }],
    hours: {
      schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '08:45', closes_at: '17:00' }],
      closed_on_holidays: true,
      year_end_closure: true,
    },
    note_codes: ['main_switchboard'],
    languages: ['ja'],
    accessibility: [],
    contact_modes: ['phone', 'visit'],
    sample: false,
    source: {
      name: 'ytsubo8426/japan-municipal-offices kanagawa.csv; coordinates: Geolonia 住所データ',
      license: 'CC0-1.0 (offices); CC-BY-4.0 (coordinates)',
      attribution: '「Geolonia 住所データ」(https://github.com/geolonia/japanese-addresses)',
    },
  };
}

/** Seeds when the database is empty; returns whether it did. */
export function seedYokohama(db: Db, now: Date, dataDir = YOKOHAMA_DATA_DIR): boolean {
  if (!isEmpty(db)) return false;
  const offices = readWardOffices(dataDir);
  const towns = readTowns(dataDir);
  db.transaction(() => {
    const insertWard = db.prepare(
      'INSERT INTO wards (id, name, name_en, city_code, city, sort) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertTown = db.prepare(
      'INSERT INTO towns (id, ward_id, name, lat, lng, sort, reading) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const readings = readTownReadings(dataDir);
    let townSort = 0;
    offices.forEach((office, i) => {
      insertWard.run(
        office.ward_id,
        office.ward,
        WARD_NAMES_EN[office.ward_id] ?? null,
        office.city_code,
        '横浜市',
        i,
      );
      (towns.get(office.ward_id) ?? []).forEach((t, j) => {
        insertTown.run(
          `${office.ward_id}-${String(j + 1).padStart(4, '0')}`,
          office.ward_id,
          `${t.town}${t.koaza}`,
          t.lat,
          t.lng,
          townSort++,
          // a 小字 (koaza) has no reading in the table: such a town is found by name only
          t.koaza ? null : (readings.get(office.ward_id)?.[splitChome(t.town).base] ?? null),
        );
      });
    });
    for (const office of offices) upsertWindow(db, wardWindow(office), now);
    for (const line of NATIONAL_LINES) upsertWindow(db, line, now);
    for (const activity of sampleActivities(
      offices.map((o) => ({ id: o.ward_id, name: o.ward })),
      now,
    ))
      upsertActivity(db, activity, now);
  }).immediate();
  return true;
}
