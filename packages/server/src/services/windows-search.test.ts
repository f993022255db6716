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
