// Window search on an in-memory copy of the windows and towns (reloaded after admin writes).
// Order: the person's ward is resolved first (ward param, town, or the nearest TOWN point to `near` —
// not the nearest office); then the shared ranking of @tsunagu/schema's rules/ranking.ts, the same the
// finder applies in the browser. JSON of each window is pre-serialised: the list is hot.
import {
  haversineMeters,
  indexTowns,
  isOpenAt,
  matchesSearch,
  nextOpening,
  rankGroup,
  rankKey,
  resolveTown,
  type ConsultationWindow,
  type IndexedTown,
  type Town,
  type Ward,
  type WindowSearchContext,
  type WindowSearchParams,
} from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import { precompress } from '../http/compress.js';
import { validationFailed } from '../http/errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { nextOpeningJson, tailLength, writeTail, type ItemTail } from './list-item-tail.js';
import { TownGrid } from './town-grid.js';
import { loadWindows } from './windows-repo.js';

export { TownGrid };

interface Entry {
  window: ConsultationWindow;
  /** `{"window":<the window's JSON>` as UTF-8: the list item up to its per-request fields */
  itemHead: Buffer;
  haystack: string[];
}
interface HoursState {
  open: boolean;
  /** the next opening as JSON bytes (see list-item-tail.ts) */
  next: Buffer;
}
interface Scored {
  entry: Entry;
  distance: number | null;
  serves: boolean;
  inWard: boolean;
  /** the shared rank key (group, distance step) */
  key: number;
}

export class WindowCatalog {
  private entries: Entry[] = [];
  private byId = new Map<string, Entry>();
  wards: Ward[] = [];
  private wardIds = new Set<string>();
  towns: Town[] = [];
  private townById = new Map<string, Town>();
  private townIndex: IndexedTown[] = [];
  private hoursCache = new Map<string, HoursState>();
  private grid = new TownGrid([]);
  private hoursMinute = -1;
  /** JSON of GET /v1/areas, built (and compressed: http/compress.ts) once per reload */
  areasJson = '';
  areasBytes: Uint8Array = new Uint8Array();
  /** JSON of GET /v1/areas?towns=none, for widgets that only name wards */
  wardsOnlyBytes: Uint8Array = new Uint8Array();
  /** encoded responses by raw query string, valid for one minute (open_now) and until the next reload */
  private responseCache = new Map<string, Uint8Array>();
  /** queries answered once in this minute: a response is cached when its query comes a second time */
  private seenOnce = new Set<string>();
  private responseMinute = -1;

  constructor(private readonly db: Db) {
    this.reload();
  }

  reload(): void {
    this.entries = loadWindows(this.db).map((w) => ({
      window: w,
      itemHead: Buffer.from(`{"window":${JSON.stringify(w)}`),
      haystack: [w.name, w.name_en, w.organization, w.organization_en, w.location?.address].filter(
        (s): s is string => !!s,
      ),
    }));
    this.byId = new Map(this.entries.map((e) => [e.window.id, e]));
    this.wards = (
      this.db
        .prepare('SELECT id, name, name_en, city_code, city FROM wards ORDER BY sort, id')
        .all() as Ward[]
    ).map(dropNulls);
    this.wardIds = new Set(this.wards.map((w) => w.id));
    this.towns = (
      this.db
        .prepare('SELECT id, ward_id, name, lat, lng, reading FROM towns ORDER BY sort, id')
        .all() as (Town & { reading: string | null })[]
    ).map(({ reading, ...town }) => (reading === null ? town : { ...town, reading })); // lat/lng nulls stay
    this.townById = new Map(this.towns.map((t) => [t.id, t]));
    this.townIndex = indexTowns(this.towns);
    this.areasJson = JSON.stringify({ wards: this.wards, towns: this.towns });
    this.grid = new TownGrid(this.towns);
    this.areasBytes = Buffer.from(this.areasJson);
    precompress(this.areasBytes); // all 1,705 towns: ~150 kB of JSON, ~25 kB gzipped
    this.wardsOnlyBytes = Buffer.from(JSON.stringify({ wards: this.wards, towns: [] }));
    this.responseCache.clear();
    this.seenOnce.clear();
    this.hoursCache.clear();
  }

  knownWard(id: string): boolean {
    return this.wardIds.size === 0 || this.wardIds.has(id);
  }

  get(id: string): ConsultationWindow | null {
    return this.byId.get(id)?.window ?? null;
  }

  all(): ConsultationWindow[] {
    return this.entries.map((e) => e.window);
  }

  /** Town by id, or what a typed name means (the shared `resolveTown`: rules/towns.ts). */
  findTown(query: string, wardHint?: string): Town | 'unknown_town' | 'ambiguous_town' {
    return this.townById.get(query) ?? resolveTown(this.townIndex, this.wards, query, wardHint);
  }

  resolveContext(p: WindowSearchParams): WindowSearchContext {
    let town: Town | null = null;
    if (p.town !== undefined) {
      const found = this.findTown(p.town, p.ward);
      if (typeof found === 'string') throw validationFailed([{ path: 'town', code: found }]);
      town = found;
    }
    if (p.ward !== undefined && !this.knownWard(p.ward))
      throw validationFailed([{ path: 'ward', code: 'unknown_ward' }]);
    const townPoint =
      town && town.lat !== null && town.lng !== null ? { lat: town.lat, lng: town.lng } : null;
    const origin = p.near ?? townPoint;
    let wardId: string | null = null;
    let resolvedBy: WindowSearchContext['resolved_by'] = 'none';
    if (p.ward) {
      wardId = p.ward;
      resolvedBy = 'ward';
    } else if (town) {
      wardId = town.ward_id;
      resolvedBy = 'town';
    } else if (p.near) {
      const nearest = this.grid.nearest(p.near);
      if (nearest) {
        wardId = nearest.town.ward_id;
        resolvedBy = 'near';
      }
    }
    return {
      ward_id: wardId,
      town: town ? { id: town.id, name: town.name, ward_id: town.ward_id } : null,
      origin: origin ?? null,
      resolved_by: resolvedBy,
    };
  }

  private hoursState(w: ConsultationWindow, now: Date): HoursState {
    // state only changes on minute boundaries (HH:MM schedules): cache per window per minute
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.hoursMinute) {
      this.hoursCache.clear();
      this.hoursMinute = minute;
    }
    let state = this.hoursCache.get(w.id);
    if (!state) {
      const at = new Date(minute * 60_000);
      const open = isOpenAt(w.hours, at);
      const next = open ? null : nextOpening(w.hours, at);
      state = { open, next: nextOpeningJson(next ? next.toISOString() : null) };
      this.hoursCache.set(w.id, state);
    }
    return state;
  }

  /**
   * GET /v1/windows as UTF-8 bytes, cached by the raw query string: finder pages ask the same questions
   * (a ward, a town) again and again. `parse` validates on a miss (a cached query was valid before).
   */
  searchBytes(rawQuery: string, parse: () => WindowSearchParams, now: Date): Uint8Array {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.responseMinute) {
      this.responseCache.clear();
      this.seenOnce.clear();
      this.responseMinute = minute;
    }
    const hit = this.responseCache.get(rawQuery);
    if (hit) return hit;
    const bytes = this.search(parse(), now);
    // one-off questions (a phone's own position) are not kept: holding ~30 kB per answer that never
    // comes again only fed the garbage collector; a question asked twice is likely to come again
    if (!this.seenOnce.delete(rawQuery)) {
      if (this.seenOnce.size >= 2000) this.seenOnce.delete(this.seenOnce.values().next().value!);
      this.seenOnce.add(rawQuery);
      return bytes;
    }
    if (this.responseCache.size >= 200) this.responseCache.delete(this.responseCache.keys().next().value!);
    // a copy of its own: a cached answer must not keep a whole shared slab alive (see responseBuffer);
    // compressed once, harder than a one-off answer, as it is sent again for the rest of the minute
    const kept = Buffer.from(bytes);
    precompress(kept, 'kept');
    this.responseCache.set(rawQuery, kept);
    return kept;
  }

  /** The response body of GET /v1/windows (UTF-8 JSON). */
  search(p: WindowSearchParams, now: Date): Buffer {
    const context = this.resolveContext(p);
    const ward = context.ward_id;
    const scored: Scored[] = [];
    for (const entry of this.entries) {
      const w = entry.window;
      const serves = w.service_area === null || (ward !== null && w.service_area.ward_ids.includes(ward));
      if (p.ward && !serves) continue;
      if (p.kind && w.kind !== p.kind) continue;
      if (p.concern?.length && !p.concern.some((c) => w.concerns.includes(c))) continue;
      if (
        p.lang?.length &&
        !p.lang.some((l) =>
          w.languages.some((wl) => wl === l || wl.startsWith(`${l}-`) || l.startsWith(`${wl}-`)),
        )
      )
        continue;
      if (p.contact_mode?.length && !p.contact_mode.some((m) => w.contact_modes.includes(m))) continue;
      if (p.accessibility?.length && !p.accessibility.every((a) => w.accessibility.includes(a))) continue;
      if (p.q && !matchesSearch(entry.haystack, p.q)) continue;
      if (p.open_now !== undefined && this.hoursState(w, now).open !== p.open_now) continue;
      const distance =
        context.origin && w.location ? Math.round(haversineMeters(context.origin, w.location)) : null;
      scored.push({
        entry,
        distance,
        serves,
        inWard: ward !== null && w.ward_id === ward,
        key: rankKey(rankGroup(w, ward), distance),
      });
    }
    // the shared ranking (rules/ranking.ts); Array#sort is stable, so ties keep the data order
    scored.sort((a, b) => a.key - b.key);
    const limit = p.limit ?? 20;
    const offset = decodeCursor(p.cursor);
    const pageItems = scored.slice(offset, offset + limit);
    const next = offset + limit < scored.length ? JSON.stringify(encodeCursor(offset + limit)) : 'null';
    // pre-encoded window JSON plus the per-request fields written as bytes (list-item-tail.ts), into one
    // buffer: no re-serialising or re-encoding of the big part
    const tails: ItemTail[] = [];
    const end = Buffer.from(`],"next_cursor":${next},"context":${JSON.stringify(context)}}`);
    let size = LIST_START.length + end.length + Math.max(0, pageItems.length - 1); // + commas
    for (const s of pageItems) {
      const hours = this.hoursState(s.entry.window, now);
      const tail = {
        distance: s.distance,
        serves: s.serves,
        inWard: s.inWard,
        open: hours.open,
        next: hours.next,
      };
      tails.push(tail);
      size += s.entry.itemHead.length + tailLength(tail);
    }
    const out = responseBuffer(size);
    out.set(LIST_START, 0);
    let at = LIST_START.length;
    for (let i = 0; i < pageItems.length; i++) {
      if (i > 0) out[at++] = 0x2c; // ,
      const itemHead = pageItems[i]!.entry.itemHead;
      out.set(itemHead, at);
      at = writeTail(out, at + itemHead.length, tails[i]!);
    }
    out.set(end, at);
    return out;
  }
}

const LIST_START = Buffer.from('{"data":[');

// Response bodies are carved out of 256 kB slabs: one allocation per ~8 list responses instead of one
// each (a fresh 30 kB buffer per request was a visible cost). A slab is freed once no response that
// uses it is referenced; a region is handed out once and never written again.
const SLAB_SIZE = 256 * 1024;
let slab = Buffer.allocUnsafe(0);
let slabOffset = 0;
function responseBuffer(size: number): Buffer {
  if (size > SLAB_SIZE / 4) return Buffer.allocUnsafe(size);
  if (slabOffset + size > slab.length) {
    slab = Buffer.allocUnsafe(SLAB_SIZE);
    slabOffset = 0;
  }
  const out = slab.subarray(slabOffset, slabOffset + size);
  slabOffset += (size + 7) & ~7;
  return out;
}

function dropNulls<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as T;
}
