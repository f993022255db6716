// Reads the copied Yokohama data files (packages/server/data/yokohama).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const YOKOHAMA_DATA_DIR = fileURLToPath(new URL('../../data/yokohama/', import.meta.url));

export interface WardOfficeRow {
  ward_id: string;
  city_code: string;
  name: string;
  ward: string;
  address: string;
  phone: string;
  lat: number;
  lng: number;
}
export interface TownRow {
  town: string;
  koaza: string;
  lat: number | null;
  lng: number | null;
}

/** The CSV has no quoted fields (checked by a test), so a plain split is enough. */
export function readWardOffices(dir = YOKOHAMA_DATA_DIR): WardOfficeRow[] {
  const [header, ...lines] = readFileSync(`${dir}ward-offices.csv`, 'utf8').trim().split(/\r?\n/);
  const cols = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const get = (name: string) => cells[cols.indexOf(name)] ?? '';
    return {
      ward_id: get('ward_id'),
      city_code: get('city_code'),
      name: get('name'),
      ward: get('ward'),
      address: get('address'),
      phone: get('phone'),
      lat: Number(get('lat')),
      lng: Number(get('lng')),
    };
  });
}

export function readTowns(dir = YOKOHAMA_DATA_DIR): Map<string, TownRow[]> {
  const out = new Map<string, TownRow[]>();
  for (const file of readdirSync(`${dir}towns`)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out.set(
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(`${dir}towns/${file}`, 'utf8')) as TownRow[],
    );
  }
  return out;
}

/**
 * Kana readings of town base names (without 丁目), by ward: `town-readings.json`. Only some wards have them
 * (a sample; see the data README); a town without one is found by its written name only.
 */
export function readTownReadings(dir = YOKOHAMA_DATA_DIR): Map<string, Record<string, string>> {
  const file = `${dir}town-readings.json`;
  if (!existsSync(file)) return new Map();
  const byWard = JSON.parse(readFileSync(file, 'utf8')) as {
    readings: Record<string, Record<string, string>>;
  };
  return new Map(Object.entries(byWard.readings));
}

export const WARD_NAMES_EN: Record<string, string> = {
  tsurumi: 'Tsurumi',
  kanagawa: 'Kanagawa',
  nishi: 'Nishi',
  naka: 'Naka',
  minami: 'Minami',
  konan: 'Konan',
  hodogaya: 'Hodogaya',
  asahi: 'Asahi',
  isogo: 'Isogo',
  kanazawa: 'Kanazawa',
  kohoku: 'Kohoku',
  midori: 'Midori',
  aoba: 'Aoba',
  tsuzuki: 'Tsuzuki',
  totsuka: 'Totsuka',
  sakae: 'Sakae',
  izumi: 'Izumi',
  seya: 'Seya',
};
