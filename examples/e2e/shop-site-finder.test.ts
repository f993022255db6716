import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useExampleSites, watchForPageProblems } from './harness.js';

describe('examples/shop-site index.html: the window finder (end to end)', () => {
  const env = useExampleSites();

  it('finds 中区 windows first from 相生町 under a strict CSP, without asking for the location', async () => {
    const context = await env.browser.newContext({ locale: 'ja-JP', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    const events: string[] = [];
    await page.exposeFunction('recordFinderEvent', (text: string) => events.push(text));
    await page.addInitScript(() => {
      document.addEventListener('tsunagu-finder-results', (e) =>
        (window as unknown as { recordFinderEvent(t: string): void }).recordFinderEvent(
          JSON.stringify((e as CustomEvent).detail),
        ),
      );
    });
    const response = await page.goto(`${env.sites.sitesUrl}/shop-site/`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(await page.locator('nav a[href="report.html"]').count(), 1);

    const finder = page.locator('tsunagu-window-finder');
    await finder.locator('.count').waitFor();
    assert.match(await finder.locator('#finder-title').innerText(), /相談窓口をさがす/);

    await finder.locator('input[name="concerns"][value="money_debt"]').check();
    await finder.locator('input[name="concerns"][value="housing"]').check();
    await finder.locator('#town').fill('アイオイ'); // by sound: the areas carry kana readings for 中区
    await finder.locator('[role="option"]').first().waitFor();
    assert.equal(await finder.locator('[role="option"]').first().innerText(), '相生町一丁目（中区）');
    await finder.locator('#town').press('ArrowDown');
    await finder.locator('#town').press('Enter');

    const first = finder.locator('article[part="result"]').first();
    assert.match(await first.locator('h3').innerText(), /中区 生活支援課/);
    assert.equal(await first.locator('[part="your-ward"]').innerText(), 'お住まいの区の窓口');
    assert.match((await first.locator('a[part="tel"]').getAttribute('href')) ?? '', /^tel:0452248181$/);
    assert.match(await finder.locator('[part~="fallback"]').innerText(), /中区 生活支援課/);
    // hours are Tokyo's although this browser runs in New York time: 8:45 opening, never shifted
    const card = await first.innerText();
    assert.match(card, /(?<!\d)8:45/);
    assert.doesNotMatch(card, /(?:18|19|20|21|22|23):45/);

    // the page never asked for the location, and the host page only ever heard counts
    const geolocation = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
    );
    assert.equal(geolocation, 'prompt');
    assert.ok(events.length > 0);
    for (const event of events)
      assert.deepEqual(Object.keys(JSON.parse(event) as object).sort(), ['count', 'status']);
    assert.ok(!page.url().includes('tf-'), 'no sync-url: the query stays out of the URL');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works at 320 px wide with a granted location (the konbini’s own point)', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 320, height: 640 },
      permissions: ['geolocation'],
      geolocation: { latitude: 35.4416, longitude: 139.6357 }, // 寿町, 中区
    });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/shop-site/`);
    const finder = page.locator('tsunagu-window-finder');
    await finder.locator('.count').waitFor();
    await finder.locator('#locate').click();
    await finder.locator('#geo-status').waitFor();
    assert.match(await finder.locator('#geo-status').innerText(), /中区/);
    assert.match(await finder.locator('article[part="result"] h3').first().innerText(), /中区/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scrolling at 320 px (overflow ${overflow}px)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
