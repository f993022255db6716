import { expect } from '@open-wc/testing';
import { summarizeHours } from './hours-summary.js';
import { NAKA } from '../window-finder/test-fixtures/sample-windows.js';

const at = (iso: string) => new Date(iso);

describe('hours summary (Asia/Tokyo)', () => {
  it('is open on a weekday at 9:00 until 17:00', () => {
    const s = summarizeHours(NAKA.hours, at('2026-11-26T09:00:00+09:00'));
    expect(s.kind).to.equal('open');
    if (s.kind !== 'open') return;
    expect(s.closesAt?.toISOString()).to.equal('2026-11-26T08:00:00.000Z');
    expect(s.today).to.deep.equal([{ opens_at: '08:45', closes_at: '17:00' }]);
  });

  it('is closed on a national holiday and opens tomorrow at 8:45', () => {
    const s = summarizeHours(NAKA.hours, at('2026-11-23T10:00:00+09:00'));
    expect(s.kind).to.equal('closed');
    if (s.kind !== 'closed') return;
    expect(s.today).to.deep.equal([]);
    expect(s.nextDay).to.equal('tomorrow');
    expect(s.next?.toISOString()).to.equal('2026-11-23T23:45:00.000Z');
  });

  it('is closed on 12/30 and opens after the year-end closure', () => {
    const s = summarizeHours(NAKA.hours, at('2026-12-30T10:00:00+09:00'));
    expect(s.kind).to.equal('closed');
    if (s.kind !== 'closed') return;
    expect(s.nextDay).to.equal('later');
    expect(s.next?.toISOString()).to.equal('2027-01-03T23:45:00.000Z'); // 1/4 8:45 JST
  });

  it('opens later today before 8:45, whatever the browser time zone', () => {
    const s = summarizeHours(NAKA.hours, at('2026-11-26T07:30:00+09:00'));
    expect(s.kind === 'closed' && s.nextDay).to.equal('today');
  });

  it('says 24 hours, or unknown hours without a schedule', () => {
    expect(summarizeHours({ always_open: true, schedules: [] }, new Date()).kind).to.equal('always');
    expect(summarizeHours({ schedules: [] }, new Date()).kind).to.equal('unknown');
  });
});
