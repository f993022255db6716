// Window import (CSV or HSDS-shaped JSON = our window documents) and the static export file.
import {
  fieldErrorsFrom,
  windowInput,
  type ConsultationWindow,
  type WindowInput,
  type WindowsExport,
} from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import { HttpError, validationFailed } from '../http/errors.js';
import { YOKOHAMA_ATTRIBUTION } from '../seed/yokohama.js';
import { csvRecords } from './csv.js';
import { upsertWindow } from './windows-repo.js';

/**
 * CSV columns (header names; lists separated by ';'):
 * id, kind (office|line), name, name_en, organization, ward_id, service_ward_ids (empty = anyone), address, lat, lng,
 * phone, phone_free (true/false), concerns, description_codes, contact_modes, languages, accessibility,
 * byday (e.g. MO;TU;WE;TH;FR), opens_at, closes_at, always_open, closed_on_holidays, year_end_closure,
 * note_codes, url, sample, source_name, source_license.
 */
export function windowFromCsvRecord(r: Record<string, string>): unknown {
  const list = (v: string | undefined) =>
    v
      ? v
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  const bool = (v: string | undefined, fallback: boolean) =>
    v === undefined || v === '' ? fallback : /^(true|1|yes)$/i.test(v);
  const hasPlace = !!r.address && r.lat !== '' && r.lng !== '' && r.lat !== undefined && r.lng !== undefined;
  const wards = list(r.service_ward_ids);
  return {
    id: r.id,
    kind: r.kind || (hasPlace ? 'office' : 'line'),
    name: r.name,
    ...(r.name_en ? { name_en: r.name_en } : {}),
    organization: r.organization || r.name,
    description_codes: list(r.description_codes),
    concerns: list(r.concerns),
    ward_id: r.ward_id || null,
    service_area: wards.length ? { ward_ids: wards } : null,
    location: hasPlace ? { address: r.address, lat: Number(r.lat), lng: Number(r.lng) } : null,
    phones: list(r.phone).map((number) => ({ number, kind: 'voice', free: bool(r.phone_free, false) })),
    hours: {
      always_open: bool(r.always_open, false),
      schedules:
        r.byday && r.opens_at && r.closes_at
          ? [{ byday: list(r.byday), opens_at: r.opens_at, closes_at: r.closes_at }]
          : [],
      closed_on_holidays: bool(r.closed_on_holidays, true),
      year_end_closure: bool(r.year_end_closure, true),
    },
    note_codes: list(r.note_codes),
    languages: list(r.languages).length ? list(r.languages) : ['ja'],
    accessibility: list(r.accessibility),
    contact_modes: list(r.contact_modes).length ? list(r.contact_modes) : ['phone'],
    ...(r.url ? { url: r.url } : {}),
    sample: bool(r.sample, false),
    source: { name: r.source_name || 'import', ...(r.source_license ? { license: r.source_license } : {}) },
  };
}

/** Validates every window first (errors name the row: `windows.3.phones.0.number`), then writes all in one transaction. */
export function importWindows(db: Db, text: string, format: 'csv' | 'json', now: Date): string[] {
  let candidates: unknown[];
  if (format === 'csv') candidates = csvRecords(text).map(windowFromCsvRecord);
  else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'validation_error', 'malformed_json', 'The body is not valid JSON.');
    }
    const list = Array.isArray(value) ? value : (value as { windows?: unknown })?.windows;
    if (!Array.isArray(list)) throw validationFailed([{ path: 'windows', code: 'required' }]);
    // accept our own export file: drop the server-managed updated_at
    candidates = (list as unknown[]).map((w) =>
      w && typeof w === 'object'
        ? Object.fromEntries(Object.entries(w).filter(([k]) => k !== 'updated_at'))
        : w,
    );
  }
  if (candidates.length === 0) throw validationFailed([{ path: 'windows', code: 'required' }]);
  const valid: WindowInput[] = [];
  const fields: { path: string; code: string }[] = [];
  candidates.forEach((candidate, i) => {
    const parsed = windowInput.safeParse(candidate);
    if (parsed.success) valid.push(parsed.data);
    else
      fields.push(
        ...fieldErrorsFrom(parsed.error, candidate).map((f) => ({
          path: `windows.${i}${f.path ? `.${f.path}` : ''}`,
          code: f.code,
        })),
      );
  });
  if (fields.length)
    throw validationFailed(fields.slice(0, 100), 'Some windows are not valid; nothing was imported.');
  db.transaction(() => {
    for (const w of valid) upsertWindow(db, w, now);
  }).immediate();
  return valid.map((w) => w.id);
}

export function exportWindows(windows: ConsultationWindow[], now: Date): WindowsExport {
  return {
    format: 'tsunagu.windows.v1',
    generated_at: now.toISOString(),
    windows,
    attribution: YOKOHAMA_ATTRIBUTION,
  };
}
