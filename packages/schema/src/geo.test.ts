import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  haversineMeters,
  nearestPoint,
  nearestTown,
  sortByDistance,
  toLatLng,
  walkingMinutes,
} from './geo.js';

// Coordinates: 「Geolonia 住所データ」 (https://github.com/geolonia/japanese-addresses), CC BY 4.0 —
// representative points of 町丁目; ward offices placed on the point of their 町丁目.
const OFFICES = {
  naka: { lat: 35.446371, lng: 139.642363 }, // 中区役所 (日本大通)
  tsurumi: { lat: 35.509548, lng: 139.684353 }, // 鶴見区役所 (鶴見中央三丁目)
  seya: { lat: 35.469978, lng: 139.497325 }, // 瀬谷区役所 (二ツ橋町)
  aoba: { lat: 35.548246, lng: 139.543069 }, // 青葉区役所 (市ケ尾町)
  kanazawa: { lat: 35.337416, lng: 139.624979 }, // 金沢区役所 (泥亀二丁目)
};
const TOWNS = [
  { ward: 'hodogaya', town: '川辺町', lat: 35.459462, lng: 139.597138 },
  { ward: 'hodogaya', town: '天王町一丁目', lat: 35.456548, lng: 139.603353 },
  { ward: 'hodogaya', town: '西谷一丁目', lat: null, lng: null },
  { ward: 'nishi', town: '東ケ丘', lat: 35.44447, lng: 139.624612 },
  { ward: 'nishi', town: '伊勢町一丁目', lat: 35.450884, lng: 139.623265 },
  { ward: 'nishi', town: '中央一丁目', lat: 35.455039, lng: 139.617005 },
  { ward: 'naka', town: '相生町一丁目', lat: 35.445792, lng: 139.639661 },
  { ward: 'naka', town: '日本大通', lat: 35.446371, lng: 139.642363 },
  { ward: 'naka', town: '山下町', lat: 35.446005, lng: 139.656952 },
  { ward: 'midori', town: '中山町', lat: 35.509773, lng: 139.542986 },
  { ward: 'midori', town: '寺山町', lat: 35.506051, lng: 139.53956 },
  { ward: 'midori', town: '中山五丁目', lat: null, lng: null },
];
const town = (name: string) => {
  const found = TOWNS.find((t) => t.town === name);
  assert.ok(found, name);
  return found;
};
const pointOf = (name: string) => {
  const point = toLatLng(town(name));
  assert.ok(point, name);
  return point;
};

describe('haversineMeters', () => {
  it('中区役所 to 相生町一丁目 is a few hundred metres', () => {
    const d = haversineMeters(OFFICES.naka, pointOf('相生町一丁目'));
    assert.ok(d > 240 && d < 270, String(d));
  });
  it('鶴見区役所 to 瀬谷区役所 is about 17.5 km in a straight line (20+ km by road)', () => {
    const d = haversineMeters(OFFICES.tsurumi, OFFICES.seya);
    assert.ok(d > 17_000 && d < 18_000, String(d));
  });
  it('青葉区役所 to 金沢区役所, the city from north to south, is about 25 km', () => {
    const d = haversineMeters(OFFICES.aoba, OFFICES.kanazawa);
    assert.ok(d > 24_000 && d < 26_000, String(d));
  });
  it('is symmetric and zero for the same point', () => {
    assert.equal(haversineMeters(OFFICES.naka, OFFICES.naka), 0);
    assert.equal(haversineMeters(OFFICES.naka, OFFICES.seya), haversineMeters(OFFICES.seya, OFFICES.naka));
  });
  it('one degree of latitude is about 111.2 km', () => {
    const d = haversineMeters({ lat: 35, lng: 139 }, { lat: 36, lng: 139 });
    assert.ok(Math.abs(d - 111_195) < 5, String(d));
  });
});

describe('walkingMinutes', () => {
  it('is 80 m per minute, any remainder a full minute', () => {
    assert.equal(walkingMinutes(80), 1);
    assert.equal(walkingMinutes(81), 2);
    assert.equal(walkingMinutes(1), 1);
    assert.equal(walkingMinutes(800), 10);
    assert.equal(walkingMinutes(253), 4);
  });
  it('is 0 for no distance or unusable input', () => {
    assert.equal(walkingMinutes(0), 0);
    assert.equal(walkingMinutes(-5), 0);
    assert.equal(walkingMinutes(Number.NaN), 0);
  });
});

describe('toLatLng', () => {
  it('accepts finite numbers only', () => {
    assert.deepEqual(toLatLng({ lat: 35.4, lng: 139.6 }), { lat: 35.4, lng: 139.6 });
    assert.equal(toLatLng({ lat: null, lng: null }), null);
    assert.equal(toLatLng({ lat: 35.4, lng: null }), null);
    assert.equal(toLatLng({ lat: Number.NaN, lng: 139.6 }), null);
    assert.equal(toLatLng(null), null);
    assert.equal(toLatLng(undefined), null);
  });
});

describe('sortByDistance', () => {
  it('orders nearest first, items without a point last, both in stable order', () => {
    const items = [
      { id: 'seya', point: OFFICES.seya },
      { id: 'none-1', point: null },
      { id: 'tsurumi', point: OFFICES.tsurumi },
      { id: 'nulls', point: { lat: null, lng: null } },
      { id: 'naka', point: OFFICES.naka },
      { id: 'naka-again', point: OFFICES.naka },
      { id: 'none-2', point: undefined },
    ];
    const sorted = sortByDistance(items, pointOf('相生町一丁目'), (i) => i.point);
    assert.deepEqual(
      sorted.map((s) => s.item.id),
      ['naka', 'naka-again', 'tsurumi', 'seya', 'none-1', 'nulls', 'none-2'],
    );
    assert.ok((sorted[0]?.distance_m ?? 0) > 200 && (sorted[0]?.distance_m ?? 0) < 300);
    assert.equal(sorted[4]?.distance_m, null);
  });
  it('does not modify the input array', () => {
    const items = [OFFICES.seya, OFFICES.naka];
    sortByDistance(items, OFFICES.naka, (p) => p);
    assert.deepEqual(items, [OFFICES.seya, OFFICES.naka]);
  });
  it('returns an empty list for no items', () => {
    assert.deepEqual(
      sortByDistance([], OFFICES.naka, () => null),
      [],
    );
  });
});

describe('nearestTown / nearestPoint', () => {
  it('finds the town (and so the ward) of a point, skipping towns with null coordinates', () => {
    // A point just south-west of 天王町一丁目's representative point.
    const result = nearestTown(TOWNS, { lat: 35.4562, lng: 139.6025 });
    assert.equal(result?.town.town, '天王町一丁目');
    assert.equal(result?.town.ward, 'hodogaya');
    assert.ok((result?.distance_m ?? Infinity) < 100);
  });
  it('the ward office of 中区 sits on 日本大通 (distance 0)', () => {
    const result = nearestTown(TOWNS, OFFICES.naka);
    assert.equal(result?.town.town, '日本大通');
    assert.equal(result?.distance_m, 0);
  });
  it('a point in 緑区 finds a 緑区 town even though 中山五丁目 has no coordinates', () => {
    assert.equal(nearestTown(TOWNS, { lat: 35.507, lng: 139.54 })?.town.ward, 'midori');
  });
  it('is null when no town has a point', () => {
    assert.equal(
      nearestTown(
        TOWNS.filter((t) => t.lat === null),
        OFFICES.naka,
      ),
      null,
    );
    assert.equal(nearestTown([], OFFICES.naka), null);
  });
  it('nearestPoint keeps the first of equally near items', () => {
    const items = [
      { id: 'a', p: OFFICES.naka },
      { id: 'b', p: OFFICES.naka },
    ];
    assert.equal(nearestPoint(items, OFFICES.seya, (i) => i.p)?.item.id, 'a');
  });
});
