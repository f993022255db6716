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
    db.close();
  });
});
