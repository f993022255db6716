import { expect, waitUntil } from '@open-wc/testing';
import {
  $,
  $$,
  finder,
  HOLIDAY_10,
  press,
  resultIds,
  showTucked,
  text,
  tickConcerns,
  typeTown,
  WEEKDAY_9,
  YEAR_END_10,
} from './test-helpers.js';
import type { FinderResultsDetail } from './window-finder.js';

describe('<tsunagu-window-finder> against the real server', () => {
  it('town search: 相生町 → 相生町一丁目 → 中区 windows first, marked as the person’s ward, with distance', async () => {
    const el = await finder();
    await typeTown(el, '相生町');
    const options = $$(el, '[role="option"]').map(text);
    expect(options[0]).to.equal('相生町一丁目（中区）');
    expect($(el, '#town').getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowDown');
    expect($(el, '#town').getAttribute('aria-activedescendant')).to.equal('town-option-0');
    await press(el, 'Enter');
    expect($<HTMLInputElement>(el, '#town').value).to.equal('相生町一丁目');
    expect($<HTMLSelectElement>(el, '#ward').value).to.equal('naka');
    const ids = resultIds(el);
    expect(ids[0]).to.equal('naka-seikatsushien');
    const first = $(el, 'article[part="result"]');
    expect(text(first.querySelector('[part="your-ward"]'))).to.equal('お住まいの区の窓口');
    expect(text(first)).to.match(/ここから約\d+ m（徒歩 \d+ 分）/);
    // the other wards' offices wait behind one press (they serve their own residents), then by distance
    expect(resultIds(el).filter((id) => id.endsWith('-seikatsushien'))).to.deep.equal(['naka-seikatsushien']);
    expect(text($(el, '#show-tucked'))).to.equal('ほかの区の窓口も見る（17か所）');
    await showTucked(el);
    const others = $$(el, 'article[part="result"]').slice(1, 18);
    expect(others).to.have.length(17);
    const metres = others.map((card) => {
      const match = /約([\d.]+) (k?m)/.exec(text(card))!;
      return Number(match[1]) * (match[2] === 'km' ? 1000 : 1);
    });
    expect(metres).to.deep.equal([...metres].sort((a, b) => a - b));
    for (const card of others) expect(text(card)).to.match(/.区に住んでいる方の窓口です。/);
    expect(text($(el, '#town-status'))).to.equal('相生町一丁目（中区）の近くを表示しています。');
  });

  it('credits the data it shows, once per source, in the page language', async () => {
    const el = await finder();
    await waitUntil(() => $$(el, '[part="credits"]').length === 1, 'no credits line');
    expect(text($(el, '[part="credits"]'))).to.equal(
      'データの出典：「Geolonia 住所データ」(https://github.com/geolonia/japanese-addresses)',
    );
    el.closest('main')!.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text($(el, '[part="credits"]'))).to.match(/^Data sources: 「Geolonia 住所データ」/);
  });

  it('finds 相生町 by 「あいおいちょう」「アイオイ」「相生町」 with the server’s readings', async () => {
    const el = await finder();
    for (const query of ['あいおいちょう', 'アイオイ', '相生町', 'あいおいちょう３ちょうめ']) {
      $<HTMLInputElement>(el, '#town').select();
      await press(el, 'Backspace');
      await typeTown(el, query);
      const first = $$(el, '[role="option"]').map(text)[0];
      expect(first, query).to.match(/^相生町[一三]丁目（中区）$/);
    }
    expect($$(el, '[role="option"]').map(text)).to.deep.equal(['相生町三丁目（中区）']);
  });

  it('a town whose nearest office is in a neighbouring ward still gets its own ward’s 生活支援課 first', async () => {
    const el = await finder();
    await typeTown(el, '大岡四丁目');
    await press(el, 'Enter'); // a single suggestion is chosen by Enter
    expect(resultIds(el)[0]).to.equal('minami-seikatsushien');
    await showTucked(el);
    const ids = resultIds(el);
    expect(ids[0]).to.equal('minami-seikatsushien');
    // 磯子区's office is nearer than 南区's own
    const cards = $$(el, 'article[part="result"]');
    const km = (card: Element) => Number(/約([\d.]+) km/.exec(text(card))?.[1]);
    expect(ids[1]).to.equal('isogo-seikatsushien');
    expect(km(cards[1]!)).to.be.lessThan(km(cards[0]!));
  });

  it('multi-concern: the comprehensive window stays first even when open-now would drop it; danger lines first for violence', async () => {
    const el = await finder({ attrs: { ward: 'naka' }, now: HOLIDAY_10 });
    await tickConcerns(el, ['money_debt', 'housing', 'violence_abuse']);
    $<HTMLInputElement>(el, '#open-now').click();
    await el.updateComplete;
    const ids = resultIds(el);
    expect(ids[0]).to.equal('naka-seikatsushien');
    expect(text($(el, 'article[part="result"] .pinned'))).to.include('どんな相談でもまず受け付ける窓口');
    // on a holiday only the 24-hour lines are open
    expect(ids.slice(1).every((id) => id.startsWith('line-'))).to.equal(true);
    const danger = $(el, '#danger');
    expect([...danger.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:110',
      'tel:119',
      'tel:189',
    ]);
    // the danger notice comes before the results
    expect(
      danger.compareDocumentPosition($(el, '#results-heading')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('open now at fixed instants: weekday 9:00 open, holiday and 12/30 closed with the next opening', async () => {
    const weekday = await finder({ attrs: { ward: 'naka' }, now: WEEKDAY_9 });
    expect(text($(weekday, 'article[part="result"] [part="status-open"]'))).to.equal(
      'いま開いています（17:00まで）',
    );
    expect(text($(weekday, 'article[part="result"] .hours'))).to.equal('今日の受付：8:45〜17:00');

    const holiday = await finder({ attrs: { ward: 'naka' }, now: HOLIDAY_10 });
    const closed = $(holiday, 'article[part="result"] [part="status-closed"]');
    expect(text(closed)).to.equal('いまは閉まっています明日8:45から開きます');
    expect(text($(holiday, 'article[part="result"] .hours'))).to.equal('今日はお休みです。');

    const yearEnd = await finder({ attrs: { ward: 'naka' }, now: YEAR_END_10, lang: 'en' });
    expect(text($(yearEnd, 'article[part="result"] [part="status-closed"]'))).to.equal(
      'Closed nowOpens Mon 4 Jan at 8:45',
    );
    $<HTMLInputElement>(yearEnd, '#open-now').click();
    await yearEnd.updateComplete;
    expect(resultIds(yearEnd).every((id) => id.startsWith('line-'))).to.equal(true);
    expect(resultIds(yearEnd)).to.include('line-yorisoi');
  });

  it('always shows the ward’s 生活支援課 fallback and the 24-hour lines, with tel: links', async () => {
    const el = await finder({ attrs: { ward: 'minami' } });
    expect(text($(el, '[part~="fallback"]'))).to.include('南区 生活支援課（自立相談支援）');
    expect($(el, '[part~="fallback"] .help-office a').getAttribute('href')).to.match(/^tel:045\d+$/);
    expect($$(el, '#fallback-lines a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:0120279338',
      'tel:189',
    ]);
    const card = $(el, 'article[part="result"]');
    expect(card.querySelector('a[part="tel"]')!.getAttribute('href')).to.match(/^tel:\d+$/);
    expect(card.querySelector('a[href^="https://www.google.com/maps/"]')).to.exist;
  });

  it('puts help first: the ward window and the 24-hour lines above the questions, lines first at night', async () => {
    const day = await finder({ attrs: { ward: 'minami' } });
    const card = $(day, '[part~="fallback"]');
    const concerns = $(day, '#concerns');
    // the help card comes before the first question in the page's order
    expect(card.compareDocumentPosition(concerns) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // open (weekday 9:00): the office first, then the lines
    const officeFirst = card.querySelector('.help-office')!;
    expect(officeFirst.compareDocumentPosition(card.querySelector('#fallback-lines')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const night = await finder({ attrs: { ward: 'minami' }, now: new Date('2026-11-26T22:30:00+09:00') });
    const nightCard = $(night, '[part~="fallback"]');
    expect(text(nightCard)).to.include('区役所が閉まっている時間でも');
    expect(
      nightCard
        .querySelector('#fallback-lines')!
        .compareDocumentPosition(nightCard.querySelector('.help-office')!),
    ).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(text(nightCard.querySelector('.help-office'))).to.include('いまは閉まっています');
  });

  it('the 区 select narrows the list to the windows serving that ward; programs are named once', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, '#ward');
    select.value = 'kanagawa';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const offices = resultIds(el).filter((id) => !id.startsWith('line-'));
    expect(offices).to.deep.equal(['kanagawa-seikatsushien']);
    // the seven programs once above the list (with the name landlords and Hello Work use), not in each card
    const once = text($(el, '.programs-once'));
    expect(once).to.include('家賃の支援（住居確保給付金）');
    expect($$(el, 'article[aria-labelledby="result-kanagawa-seikatsushien"] .helps li')).to.have.length(0);
  });

  it('speaks every locale and re-words live when lang changes', async () => {
    const el = await finder({ attrs: { ward: 'naka' }, lang: 'ja-x-easy' });
    expect(text($(el, '#finder-title'))).to.equal('相談そうだんできる ところを さがす');
    expect(text($(el, '#finder-title ruby rt'))).to.equal('そうだん');
    expect(text($(el, '[part="your-ward"]'))).to.equal('あなたの 区の 窓口');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => text($(el, '#finder-title')) === 'Find a place to talk');
    expect(text($(el, '[part="your-ward"]'))).to.equal('Your ward');
    expect(text($(el, 'article[part="result"] h3'))).to.match(/^Naka Ward Livelihood Support Division/);
    expect($$(el, '#ward option').map(text)).to.include('Naka Ward');
  });

  it('tells the host page only how many results there are, never the choices or the place', async () => {
    const events: FinderResultsDetail[] = [];
    document.addEventListener('tsunagu-finder-results', (e) =>
      events.push((e as CustomEvent<FinderResultsDetail>).detail),
    );
    const el = await finder();
    await typeTown(el, '相生町一丁目');
    await press(el, 'Enter');
    await tickConcerns(el, ['money_debt', 'health_mind']);
    expect(events.length).to.be.greaterThan(0);
    for (const detail of events) {
      expect(Object.keys(detail).sort()).to.deep.equal(['count', 'status']);
      expect(JSON.stringify(detail)).not.to.match(/naka|相生|money|health|lat|lng/);
    }
    expect(location.search).not.to.include('tf-'); // no sync-url: the query never reaches the URL
  });

  it('announces the danger lines when violence is chosen, then the result count after a pause', async () => {
    const el = await finder({ attrs: { ward: 'naka' } });
    const polite = $(el, '[part="live-polite"]');
    await tickConcerns(el, ['violence_abuse']);
    await waitUntil(() => text(polite) === 'いま危険がある場合は、すぐに電話してください');
    await waitUntil(() => /^\d+件の窓口が見つかりました。$/.test(text(polite)), 'count not announced', {
      timeout: 3000,
    });
  });

  it('keeps the query across a failed load and a retry', async () => {
    const el = await finder({ attrs: { 'api-base': 'http://127.0.0.1:9', key: 'pk_demo_unreachable' } });
    expect(text($(el, '[role="alert"]'))).to.include('窓口を読み込めませんでした');
    await tickConcerns(el, ['work']);
    const { testServer } = await import('../testing/server.js');
    const { apiBase } = await testServer();
    const retry = $<HTMLButtonElement>(el, '#retry');
    el.setAttribute('api-base', apiBase);
    el.setAttribute('key', (await testServer()).publishableKey);
    retry.click();
    await waitUntil(() => resultIds(el).length > 0, 'retry did not load', { timeout: 8000 });
    expect($$<HTMLInputElement>(el, 'input[name="concerns"]:checked').map((i) => i.value)).to.deep.equal([
      'work',
    ]);
  });

  it('sync-url (opt-in): reflects the choices in the URL and restores them', async () => {
    const before = location.href;
    try {
      const el = await finder({ attrs: { 'sync-url': true, ward: 'naka' } });
      await tickConcerns(el, ['housing']);
      expect(location.search).to.match(/&tf-concern=housing&tf-ward=naka$/);
      const again = await finder({ attrs: { 'sync-url': true } });
      expect($$<HTMLInputElement>(again, 'input[name="concerns"]:checked').map((i) => i.value)).to.deep.equal(
        ['housing'],
      );
      expect($<HTMLSelectElement>(again, '#ward').value).to.equal('naka');
      await typeTown(again, '相生町一丁目');
      await press(again, 'Enter');
      expect(location.search).to.match(/&tf-concern=housing&tf-town=naka-0001$/);
      const third = await finder({ attrs: { 'sync-url': true } });
      expect($<HTMLInputElement>(third, '#town').value).to.equal('相生町一丁目');
      expect(resultIds(third)[0]).to.equal('naka-seikatsushien');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
