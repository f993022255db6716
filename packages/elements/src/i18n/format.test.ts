import { expect } from '@open-wc/testing';
import {
  displayPhone,
  formatDate,
  formatDistance,
  formatTime,
  formatWalkingTime,
  phoneHref,
  walkingMinutes,
} from './format.js';
import { SHARED_CATALOGUES } from './registry.js';

// The formats take words from a locale's catalogue, which the LocaleController loads before using a locale.
await SHARED_CATALOGUES.all();

// 2026-12-28 is a Monday. 23:30 UTC on the 27th is already 8:30 on the 28th in Tokyo.
const monday0845 = Date.UTC(2026, 11, 27, 23, 45);

describe('formatting', () => {
  it('formats dates in Asia/Tokyo per locale', () => {
    expect(formatDate(monday0845, 'ja')).to.equal('12月28日（月）');
    expect(formatDate(monday0845, 'ja-x-easy')).to.equal('12月28日（月）');
    expect(formatDate(monday0845, 'en')).to.equal('Mon 28 Dec');
  });

  it('formats times in Asia/Tokyo without a leading zero', () => {
    expect(formatTime(monday0845)).to.equal('8:45');
    expect(formatTime(Date.UTC(2026, 11, 28, 8, 0))).to.equal('17:00');
    expect(formatTime(Date.UTC(2026, 11, 28, 15, 5))).to.equal('0:05');
  });

  it('formats distances in metres and kilometres', () => {
    expect(formatDistance(396, 'ja')).to.equal('400 m');
    expect(formatDistance(1234, 'ja')).to.equal('1.2 km');
    expect(formatDistance(1234, 'en')).to.equal('1.2 km');
    expect(formatDistance(12_345, 'en')).to.equal('12 km');
    expect(formatDistance(3, 'en')).to.equal('10 m');
  });

  it('formats walking time at 80 m a minute, rounded up', () => {
    expect(walkingMinutes(400)).to.equal(5);
    expect(walkingMinutes(401)).to.equal(6);
    expect(walkingMinutes(0)).to.equal(1);
    expect(formatWalkingTime(400, 'ja')).to.equal('徒歩 5 分');
    expect(formatWalkingTime(400, 'ja-x-easy')).to.equal('あるいて 5 ふん');
    expect(formatWalkingTime(400, 'en')).to.equal('5 min walk');
  });

  it('shows phone numbers as given and links them with digits only', () => {
    expect(displayPhone(' 045-671-2323 ')).to.equal('045-671-2323');
    expect(phoneHref('045-671-2323')).to.equal('tel:0456712323');
    expect(phoneHref('０４５（６７１）２３２３')).to.equal('tel:0456712323');
    expect(phoneHref('+81 45-671-2323')).to.equal('tel:+81456712323');
    expect(phoneHref('#7119')).to.equal('tel:%237119');
  });
});
