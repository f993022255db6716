/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './testing.js';
import { call, jst } from './test-support.js';

describe('areas and windows', () => {
  let server: TestServer;
  let clock = jst('2026-12-01T10:00:00'); // a Tuesday
  before(async () => {
    server = await startTestServer({ now: () => clock });
  });
  after(() => server.close());

  it('GET /v1/areas returns 18 wards and all 1,705 towns, nulls kept', async () => {
    const res = await call(server, '/v1/areas');
    assert.equal(res.status, 200);
    assert.equal(res.json.wards.length, 18);
    assert.equal(res.json.towns.length, 1705);
    const nulls = res.json.towns.filter((t: any) => t.lat === null);
    assert.equal(nulls.length, 6);
    assert.ok(res.json.wards.some((w: any) => w.id === 'hodogaya' && w.name === '保土ケ谷区'));
    const one = await call(server, '/v1/areas?ward=naka');
    assert.ok(one.json.towns.length > 50 && one.json.towns.every((t: any) => t.ward_id === 'naka'));
    assert.equal((await call(server, '/v1/areas?ward=atlantis')).status, 422);
  });

  it('GET /v1/areas gives the kana reading of a town where the data has one (中区 as a sample)', async () => {
    const { towns } = (await call(server, '/v1/areas')).json;
    const aioi = towns.find((t: any) => t.name === '相生町一丁目');
    assert.equal(aioi.reading, 'あいおいちょう');
    assert.equal(towns.find((t: any) => t.name === '寿町一丁目').reading, 'ことぶきちょう');
    const naka = towns.filter((t: any) => t.ward_id === 'naka');
    assert.ok(naka.filter((t: any) => typeof t.reading === 'string').length > 240);
    // other wards have no readings yet: the key is absent, never null
    assert.ok(towns.filter((t: any) => t.ward_id !== 'naka').every((t: any) => !('reading' in t)));
  });

  it('GET /v1/areas?towns=none names the wards only; the full list is sent gzipped when asked', async () => {
    const wardsOnly = await call(server, '/v1/areas?towns=none');
    assert.equal(wardsOnly.json.wards.length, 18);
    assert.deepEqual(wardsOnly.json.towns, []);
    assert.equal((await call(server, '/v1/areas?towns=some')).status, 422);
    const gz = await call(server, '/v1/areas', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gz.json.towns.length, 1705); // fetch decompressed it: the bytes were real gzip
    const plain = await call(server, '/v1/areas', { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(plain.json.towns.length, 1705);
  });

  it('lists the 18 ward windows and 5 lines, lines last', async () => {
    const res = await call(server, '/v1/windows?limit=100');
    assert.equal(res.status, 200);
    assert.equal(res.json.data.length, 23);
    assert.deepEqual(
      res.json.data.slice(18).map((d: any) => d.window.kind),
      ['line', 'line', 'line', 'line', 'line'],
    );
    assert.equal(res.json.next_cursor, null);
  });

  it('a town name puts that town’s ward first even when another office is nearer', async () => {
    // 西谷町 is in hodogaya; check with a town whose ward office is not the nearest office.
    // 鶴ケ峰本町 (asahi) … pick by data: for every town, the first result must be its own ward's window.
    const areas = (await call(server, '/v1/areas')).json;
    const sample = areas.towns.filter((_: any, i: number) => i % 97 === 0);
    for (const town of sample) {
      const res = await call(server, `/v1/windows?town=${encodeURIComponent(town.id)}&limit=2`);
      assert.equal(res.status, 200);
      assert.equal(res.json.context.ward_id, town.ward_id);
      assert.equal(res.json.data[0].window.id, `${town.ward_id}-seikatsushien`, town.name);
      assert.equal(res.json.data[0].serves_area, true);
      assert.equal(res.json.data[0].in_ward, true);
      assert.equal(res.json.data[1].serves_area, false);
    }
  });

  it('resolves a town by name with normalisation (保土ヶ谷 / katakana / numerals)', async () => {
    const byName = await call(server, `/v1/windows?town=${encodeURIComponent('相生町１丁目')}&limit=1`);
    assert.equal(byName.status, 200, byName.text);
    assert.equal(byName.json.context.town.name, '相生町一丁目');
    assert.equal(byName.json.data[0].window.id, 'naka-seikatsushien');
    assert.ok(byName.json.data[0].distance_m < 1500);
    const unknown = await call(server, `/v1/windows?town=${encodeURIComponent('存在しない町')}`);
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.json.error.fields, [{ path: 'town', code: 'unknown_town' }]);
  });

  it('same-named towns in two wards: ambiguous unless the ward is given or written first', async () => {
    const ambiguous = await call(server, `/v1/windows?town=${encodeURIComponent('川島町')}`);
    assert.equal(ambiguous.status, 422);
    assert.deepEqual(ambiguous.json.error.fields, [{ path: 'town', code: 'ambiguous_town' }]);
    const withWard = await call(
      server,
      `/v1/windows?town=${encodeURIComponent('川島町')}&ward=hodogaya&limit=1`,
    );
    assert.equal(withWard.json.context.town.ward_id, 'hodogaya');
    const written = await call(server, `/v1/windows?town=${encodeURIComponent('横浜市旭区川島町')}&limit=1`);
    assert.equal(written.json.context.ward_id, 'asahi');
    assert.equal(written.json.data[0].window.id, 'asahi-seikatsushien');
    const hodogaya = await call(server, `/v1/windows?town=${encodeURIComponent('保土ヶ谷区川島町')}&limit=1`);
    assert.equal(hodogaya.json.context.ward_id, 'hodogaya', 'ケ/ヶ folded in the ward prefix too');
  });

  it('near resolves the ward from the nearest town point, not the nearest office', async () => {
    // 中山五丁目 (midori) has null coords in the data; use a point in seya near the asahi border instead:
    // every town point maps to its own ward, so the resolved ward must equal the nearest town's ward.
    const areas = (await call(server, '/v1/areas')).json;
    const town = areas.towns.find((t: any) => t.ward_id === 'seya' && t.lat !== null);
    const res = await call(server, `/v1/windows?near=${town.lat},${town.lng}&limit=3`);
    assert.equal(res.json.context.resolved_by, 'near');
    assert.equal(res.json.context.ward_id, 'seya');
    assert.equal(res.json.data[0].window.id, 'seya-seikatsushien');
    const distances = res.json.data.slice(1).map((d: any) => d.distance_m);
    assert.deepEqual(
      distances,
      [...distances].sort((a: number, b: number) => a - b),
    );
  });

  it('a town with null coordinates falls back to its ward (no distances)', async () => {
    const areas = (await call(server, '/v1/areas')).json;
    const gap = areas.towns.find((t: any) => t.lat === null);
    const res = await call(server, `/v1/windows?town=${gap.id}&limit=2`);
    assert.equal(res.status, 200);
    assert.equal(res.json.context.ward_id, gap.ward_id);
    assert.equal(res.json.context.origin, null);
    assert.equal(res.json.data[0].window.ward_id, gap.ward_id);
    assert.equal(res.json.data[0].distance_m, null);
  });

  it('ward= keeps only windows serving that ward (its office + national lines)', async () => {
    const res = await call(server, '/v1/windows?ward=kohoku');
    assert.deepEqual(
      res.json.data.map((d: any) => d.window.id),
      ['kohoku-seikatsushien', 'line-yorisoi', 'line-inochi', 'line-kokoro', 'line-189', 'line-7119'],
    );
    assert.equal((await call(server, '/v1/windows?ward=atlantis')).status, 422);
  });

  it('filters: concern (any of), contact mode, kind, q, accessibility', async () => {
    const child = await call(server, '/v1/windows?kind=line&concern=children_parenting,violence_abuse');
    assert.deepEqual(
      child.json.data.map((d: any) => d.window.id),
      ['line-yorisoi', 'line-189'],
    );
    const visit = await call(server, '/v1/windows?contact_mode=visit&limit=100');
    assert.equal(visit.json.data.length, 18);
    const q = await call(server, `/v1/windows?q=${encodeURIComponent('保土ヶ谷')}`);
    assert.deepEqual(
      q.json.data.map((d: any) => d.window.id),
      ['hodogaya-seikatsushien'],
    );
    const access = await call(server, '/v1/windows?accessibility=sign_language');
    assert.equal(access.json.data.length, 0);
    const lang = await call(server, '/v1/windows?lang=en');
    assert.equal(lang.json.data.length, 0);
  });

  it('open_now follows Tokyo time with the injectable clock', async () => {
    clock = jst('2026-12-01T08:44:00');
    let res = await call(server, '/v1/windows?ward=naka&open_now=true');
    assert.deepEqual(
      res.json.data.map((d: any) => d.window.id),
      ['line-yorisoi', 'line-189', 'line-7119'],
    );
    const closed = await call(server, '/v1/windows?ward=naka&limit=1');
    assert.equal(closed.json.data[0].open_now, false);
    assert.equal(closed.json.data[0].next_opening, '2026-11-30T23:45:00.000Z');
    clock = jst('2026-12-01T08:45:00');
    res = await call(server, '/v1/windows?ward=naka&open_now=true');
    assert.equal(res.json.data[0].window.id, 'naka-seikatsushien');
    assert.equal(res.json.data[0].next_opening, null);
    clock = jst('2026-11-23T10:00:00'); // 勤労感謝の日 (national holiday, a Monday)
    res = await call(server, '/v1/windows?ward=naka&limit=1');
    assert.equal(res.json.data[0].open_now, false);
    clock = jst('2026-12-29T10:00:00'); // year-end closure
    res = await call(server, '/v1/windows?ward=naka&limit=1');
    assert.equal(res.json.data[0].open_now, false);
    assert.equal(res.json.data[0].next_opening, jst('2027-01-04T08:45:00').toISOString());
    clock = jst('2026-12-01T10:00:00');
  });

  it('paginates with next_cursor and rejects a bad cursor', async () => {
    const first = await call(server, '/v1/windows?limit=10');
    assert.equal(first.json.data.length, 10);
    assert.ok(first.json.next_cursor);
    const second = await call(server, `/v1/windows?limit=10&cursor=${first.json.next_cursor}`);
    const third = await call(server, `/v1/windows?limit=10&cursor=${second.json.next_cursor}`);
    assert.equal(third.json.data.length, 3);
    assert.equal(third.json.next_cursor, null);
    const ids = [...first.json.data, ...second.json.data, ...third.json.data].map((d: any) => d.window.id);
    assert.equal(new Set(ids).size, 23);
    const bad = await call(server, '/v1/windows?cursor=%%%');
    assert.equal(bad.status, 422);
    assert.equal(bad.json.error.fields[0].path, 'cursor');
  });

  it('query validation: field codes per parameter, unknown parameters refused', async () => {
    const res = await call(
      server,
      '/v1/windows?near=91,200&concern=aliens&limit=0&open_now=maybe&colour=red',
    );
    assert.equal(res.status, 422);
    const byPath = Object.fromEntries(res.json.error.fields.map((f: any) => [f.path, f.code]));
    assert.equal(byPath.near, 'invalid_coordinates');
    assert.equal(byPath.concern, 'invalid_choice');
    assert.equal(byPath.limit, 'too_small');
    assert.equal(byPath.open_now, 'invalid_type');
    assert.equal(byPath.colour, 'unknown_field');
    assert.equal((await call(server, '/v1/windows?near=abc')).json.error.fields[0].path, 'near');
  });

  it('GET /v1/windows/{id}', async () => {
    const res = await call(server, '/v1/windows/line-189');
    assert.equal(res.status, 200);
    assert.equal(res.json.phones[0].number, '189');
    assert.equal(res.json.hours.always_open, true);
    const missing = await call(server, '/v1/windows/nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.json.error.type, 'not_found');
  });
});
