import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, finder, press, resultIds, showTucked, text, typeTown } from './test-helpers.js';
import { OOKA_4 } from './test-fixtures/sample-windows.js';

type GeoOutcome = { coords: { latitude: number; longitude: number } } | { code: 1 | 2 | 3 };

/** Replaces navigator.geolocation for one test (the browser's own permission prompt is outside the page). */
function stubGeolocation(outcome: GeoOutcome): { calls: number; restore(): void } {
  const state = {
    calls: 0,
    restore: () => {
      delete (navigator as { geolocation?: unknown }).geolocation;
    },
  };
  const stub = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      state.calls += 1;
      setTimeout(() => {
        if ('coords' in outcome)
          success({ coords: outcome.coords, timestamp: Date.now() } as GeolocationPosition);
        else
          failure?.({
            code: outcome.code,
            message: '',
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
          });
      }, 10);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { value: stub, configurable: true });
  return state;
}

describe('<tsunagu-window-finder> place: geolocation and static mode', () => {
  it('asks for the position only on the press; granted → the point’s ward (from town data) comes first', async () => {
    const geo = stubGeolocation({ coords: { latitude: OOKA_4.lat, longitude: OOKA_4.lng } });
    try {
      const el = await finder();
      expect(geo.calls).to.equal(0);
      $<HTMLButtonElement>(el, '#locate').click();
      await el.updateComplete;
      expect($(el, '#locate').getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => text($(el, '#geo-status')).includes('南区'));
      expect(geo.calls).to.equal(1);
      expect(text($(el, '#geo-status'))).to.equal('いまいる場所の近くを表示しています（南区）。');
      expect(resultIds(el)[0]).to.equal('minami-seikatsushien');
      await showTucked(el);
      expect(resultIds(el)[1]).to.equal('isogo-seikatsushien'); // nearer office, other ward
      expect($<HTMLSelectElement>(el, '#ward').value).to.equal('minami');
      await expect(el).to.be.accessible();
    } finally {
      geo.restore();
    }
  });

  it('denied → a kind message, and focus moves to the town box', async () => {
    const geo = stubGeolocation({ code: 1 });
    try {
      const el = await finder({ lang: 'en' });
      $<HTMLButtonElement>(el, '#locate').click();
      await waitUntil(() => $(el, '#geo-status'));
      expect(text($(el, '#geo-status'))).to.equal(
        'Your location could not be used. Type a town name or choose a ward instead.',
      );
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'town');
      expect($(el, '#locate').getAttribute('aria-busy')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      geo.restore();
    }
  });

  it('unavailable (timeout) is handled too', async () => {
    const geo = stubGeolocation({ code: 3 });
    try {
      const el = await finder();
      $<HTMLButtonElement>(el, '#locate').click();
      await waitUntil(() => $(el, '#geo-status'));
      expect(text($(el, '#geo-status'))).to.equal(
        '場所がわかりませんでした。町名を入力するか、区を選んでください。',
      );
    } finally {
      geo.restore();
    }
  });

  it('static mode (no server): loads the windows file and finds 相生町 by 「あいおいちょう」「アイオイ」「相生町」', async () => {
    const el = await finder({ static: true });
    for (const query of ['あいおいちょう', 'アイオイ', '相生町']) {
      const input = $<HTMLInputElement>(el, '#town');
      input.select();
      await press(el, 'Backspace');
      await typeTown(el, query);
      expect($$(el, '[role="option"]').map(text)[0], query).to.equal('相生町一丁目（中区）');
    }
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await showTucked(el);
    expect(resultIds(el)).to.deep.equal([
      'naka-seikatsushien',
      'minami-seikatsushien',
      'isogo-seikatsushien',
      'line-yorisoi',
      'line-189',
    ]);
    expect(text($(el, '[part="your-ward"]'))).to.equal('お住まいの区の窓口');
  });

  it('static mode: a town with no reading is found by name only; an unknown name says so', async () => {
    const el = await finder({ static: true });
    await typeTown(el, 'ことぶき');
    expect($$(el, '[role="option"]')).to.have.length(0);
    expect($(el, '#town').getAttribute('aria-expanded')).to.equal('false');
    expect(text($(el, '#town-status'))).to.equal(
      '町名が見つかりませんでした。書き方を変えるか、区を選んでください。',
    );
    $<HTMLInputElement>(el, '#town').select();
    await press(el, 'Backspace');
    await typeTown(el, '寿町');
    expect($$(el, '[role="option"]').map(text)).to.deep.equal(['寿町一丁目（中区）']);
    await press(el, 'Escape');
    expect($(el, '#town').getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'Escape');
    expect($<HTMLInputElement>(el, '#town').value).to.equal('');
  });

  it('static mode without an areas file offers the wards named by the offices', async () => {
    const wrapper = document.createElement('main');
    document.body.append(wrapper);
    const el = document.createElement('tsunagu-window-finder');
    el.setAttribute('src', new URL('./test-fixtures/static-windows.json', import.meta.url).pathname);
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.count'));
    expect($(el, '#town')).to.equal(null);
    expect($$(el, '#ward option').map(text)).to.deep.equal([
      'すべての区',
      '横浜市中区役所',
      '横浜市南区役所',
      '横浜市磯子区役所',
    ]);
    wrapper.remove();
  });
});
