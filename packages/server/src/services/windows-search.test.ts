import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nearestTown } from '@tsunagu/schema';
import { openDatabase } from '../db/open.js';
import { seedYokohama } from '../seed/yokohama.js';
import { TownGrid, WindowCatalog } from './windows-search.js';

describe('TownGrid', () => {
  it('finds exactly the same nearest town as a full scan (3,000 points in and around Yokohama)', () => {
    const db = openDatabase(':memory:');
    seedYokohama(db, new Date());
    const towns = new WindowCatalog(db).towns;
    const grid = new TownGrid(towns);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      // a box a little larger than the city, so the fallback path is exercised too
      const p = { lat: 35.25 + random() * 0.4, lng: 139.4 + random() * 0.35 };
      assert.equal(grid.nearest(p)?.town.id, nearestTown(towns, p)?.town.id, JSON.stringify(p));
    }
    // far away (the full-scan path), in the bay, and exactly on town points (distance 0)
    const others = [
      { lat: 0, lng: 0 },
      { lat: 34.9, lng: 140.2 },
      { lat: 35.45, lng: 139.75 },
      { lat: 35.9, lng: 139.1 },
      ...towns.filter((t, i) => i % 50 === 0 && t.lat !== null).map((t) => ({ lat: t.lat!, lng: t.lng! })),
    ];
    for (const p of others) {
      const fast = grid.nearest(p);
      const full = nearestTown(towns, p);
      assert.equal(fast?.town.id, full?.town.id, JSON.stringify(p));
      assert.equal(fast?.distance_m, full?.distance_m, JSON.stringify(p));
    }
    db.close();
  });
});

describe('WindowCatalog list responses', () => {
  it('list bodies from shared buffers stay intact; a question asked twice is answered from the cache', () => {
    const db = openDatabase(':memory:');
    seedYokohama(db, new Date());
    const catalog = new WindowCatalog(db);
    const now = new Date('2026-06-01T03:00:00Z');
    let parses = 0;
    const ask = (lat: number, lng: number) =>
      catalog.searchBytes(`?near=${lat},${lng}`, () => (parses++, { near: { lat, lng } }), now);
    // many one-off answers (more than fit in one shared buffer): each one still parses as its own list
    const answers = Array.from({ length: 40 }, (_, i) => ({
      lat: 35.35 + i * 0.004,
      lng: 139.5 + i * 0.004,
    })).map((p) => ({ p, body: ask(p.lat, p.lng) }));
    for (const { p, body } of answers) {
      const json = JSON.parse(Buffer.from(body).toString('utf8')) as {
        data: { distance_m: number | null }[];
        context: { origin: { lat: number; lng: number } };
      };
      assert.deepEqual(json.context.origin, p);
      assert.equal(json.data.length, 20);
      assert.ok(json.data.some((item) => item.distance_m !== null));
    }
    assert.equal(parses, 40, 'one-off questions are all worked out');
    const second = ask(35.35, 139.5);
    assert.equal(parses, 41, 'the second time is worked out too (then kept)');
    const third = ask(35.35, 139.5);
    assert.equal(parses, 41, 'the third time comes from the cache');
    assert.deepEqual(Buffer.from(third), Buffer.from(second));
    assert.deepEqual(Buffer.from(second), Buffer.from(answers[0]!.body));
    db.close();
  });
});
