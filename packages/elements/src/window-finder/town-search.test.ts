import { expect } from '@open-wc/testing';
import {
  exactTown,
  indexTowns,
  suggestTowns,
  townPoint,
  wardOfPoint,
  type FinderTown,
} from './town-search.js';

const wards = [
  { id: 'naka', name: '中区' },
  { id: 'minami', name: '南区' },
  { id: 'hodogaya', name: '保土ケ谷区' },
];
const towns: FinderTown[] = [
  {
    id: 'n1',
    ward_id: 'naka',
    name: '相生町一丁目',
    lat: 35.445792,
    lng: 139.639661,
    reading: 'あいおいちょう',
  },
  {
    id: 'n2',
    ward_id: 'naka',
    name: '相生町二丁目',
    lat: 35.446395,
    lng: 139.638558,
    reading: 'あいおいちょう',
  },
  { id: 'n3', ward_id: 'naka', name: '寿町一丁目', lat: 35.4416, lng: 139.6357 },
  { id: 'm1', ward_id: 'minami', name: '大岡四丁目', lat: 35.41133, lng: 139.603847 },
  { id: 'h1', ward_id: 'hodogaya', name: '西谷一丁目', lat: null, lng: null },
];
const index = indexTowns(towns);
const names = (list: FinderTown[]) => list.map((t) => t.name);

describe('town search', () => {
  it('finds 相生町 by its name, its hiragana or katakana reading, with or without 丁目', () => {
    for (const query of [
      '相生町',
      'あいおいちょう',
      'アイオイ',
      'ｱｲｵｲ',
      'あいおいちょう１ちょうめ',
      '中区相生町',
    ]) {
      expect(names(suggestTowns(index, wards, query)), query).to.include('相生町一丁目');
    }
    expect(names(suggestTowns(index, wards, 'あいおいちょう2'))).to.deep.equal(['相生町二丁目']);
    expect(names(suggestTowns(index, wards, '相生町１丁目'))).to.deep.equal(['相生町一丁目']);
  });

  it('matches a town without a reading by name only, and narrows by a leading ward name', () => {
    expect(names(suggestTowns(index, wards, 'ことぶき'))).to.deep.equal([]);
    expect(names(suggestTowns(index, wards, '寿'))).to.deep.equal(['寿町一丁目']);
    expect(names(suggestTowns(index, wards, '南区相生'))).to.deep.equal([]);
    expect(suggestTowns(index, wards, '   ')).to.deep.equal([]);
  });

  it('puts names that start with the query before names that contain it, up to the limit', () => {
    expect(names(suggestTowns(index, wards, '町'))).to.deep.equal([
      '相生町一丁目',
      '相生町二丁目',
      '寿町一丁目',
    ]);
    expect(suggestTowns(index, wards, '町', 2)).to.have.length(2);
  });

  it('resolves an exact name or reading, or a name whose blocks all lie in one ward', () => {
    expect(exactTown(index, '相生町一丁目')?.id).to.equal('n1');
    expect(exactTown(index, 'あいおいちょう2ちょうめ')?.id).to.equal('n2');
    // every 相生町 block is in 中区: Enter on the bare name finds the ward (it did nothing before)
    expect(exactTown(index, 'あいおいちょう')?.ward_id).to.equal('naka');
    expect(exactTown(index, 'Aioi-cho')?.ward_id).to.equal('naka');
  });

  it("finds a point's ward from the nearest town point, not from offices; far away is outside", () => {
    expect(wardOfPoint(towns, { lat: 35.4115, lng: 139.6035 })).to.equal('minami');
    expect(wardOfPoint(towns, { lat: 35.6812, lng: 139.7671 })).to.equal(null); // Tokyo station
    expect(townPoint(towns[4]!)).to.equal(null); // source gap: the caller falls back to the ward
  });
});
