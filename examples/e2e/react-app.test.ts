import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useExampleSites, watchForPageProblems } from './harness.js';
import { aboutSomeoneSteps, walkReport } from './report-steps.js';

/** The id of the focused element inside the focused widget's shadow root (keyboard position). */
const focusedInWidget = (page: Page) =>
  page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id ?? '');

/** Presses Tab (only Tab) until the element with `id` inside a widget has focus. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await focusedInWidget(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id} (at ${await focusedInWidget(page)})`);
}

/** The app's own "N 件" line, as a number (the count it holds in React state). */
async function appCount(page: Page): Promise<number> {
  const text = await page.locator('#result-summary').innerText();
  const count = /(\d+)/.exec(text)?.[1];
  assert.ok(count, `no number in the app's summary: ${text}`);
  return Number(count);
}

describe('examples/react-app: the widgets inside a React 19 single-page app (end to end)', () => {
  const env = useExampleSites();

  it('the finder reports its results to React, follows the language switch and remounts fresh', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    const response = await page.goto(`${env.sites.sitesUrl}/react-app/`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(await page.locator('h1').innerText(), 'みなと地域ケアプラザ');

    const finder = page.locator('tsunagu-window-finder');
    await finder.locator('.count').waitFor();
    // The config object reached the element as attributes: api-base and publishable-key from JSX.
    assert.equal(await finder.getAttribute('api-base'), env.sites.api.url);
    assert.equal(await finder.getAttribute('publishable-key'), env.sites.api.publishableKey);
    assert.equal(await finder.getAttribute('lang'), 'ja');
    assert.match(await finder.locator('#finder-title').innerText(), /相談窓口をさがす/);

    const cards = finder.locator('article[part="result"]');
    /** The widget's own count ("N件の窓口が見つかりました"): every match, tucked ones included. */
    const widgetCount = async () => Number(/\d+/.exec(await finder.locator('.count').innerText())![0]);
    // no ward known yet: the ward offices wait behind one press
    await finder.locator('#show-tucked').click();
    const titles = await cards.locator('h3').allInnerTexts();
    const wardOffices = titles.filter((title) => /区\s*生活支援課/.test(title));
    assert.equal(wardOffices.length, 18, `the 18 wards' 生活支援課, got: ${titles.join(' / ')}`);
    // The app heard `tsunagu-finder-results` and shows the widget's own count.
    assert.equal(await appCount(page), await cards.count());
    assert.equal(await appCount(page), await widgetCount());
    assert.match(await page.locator('#result-summary').innerText(), /^\d+ 件の窓口が見つかりました$/);

    // Narrow the list: the event fires again and React follows.
    await finder.locator('input[name="concerns"][value="housing"]').check();
    await finder.locator('#town').fill('アイオイ');
    await finder.locator('[role="option"]').first().waitFor();
    await finder.locator('#town').press('ArrowDown');
    await finder.locator('#town').press('Enter');
    await finder.locator('[part="your-ward"]').first().waitFor();
    assert.equal(await appCount(page), await widgetCount());

    // English: the widget fetches its English words on first use and follows `lang` live.
    await page.locator('button[data-locale="en"]').click();
    assert.equal(await finder.getAttribute('lang'), 'en');
    await page.waitForFunction(
      () =>
        document
          .querySelector('tsunagu-window-finder')
          ?.shadowRoot?.querySelector('#finder-title')
          ?.textContent?.includes('Find a place to talk') ?? false,
    );
    assert.doesNotMatch(await finder.locator('#finder-title').innerText(), /[ぁ-んァ-ン一-龠]/);
    assert.match(await page.locator('#result-summary').innerText(), /^\d+ windows? found$/);
    assert.equal(await page.locator('button[data-locale="en"]').getAttribute('aria-pressed'), 'true');

    // Away to the report and back: React unmounts the finder and mounts a fresh one, still in English.
    await finder.evaluate((element) => element.setAttribute('data-first-finder', ''));
    await page.locator('#view-report').click();
    await page.locator('tsunagu-concern-report').waitFor();
    assert.equal(await page.locator('tsunagu-window-finder').count(), 0);
    await page.locator('#view-finder').click();
    await finder.locator('.count').waitFor();
    assert.equal(await finder.getAttribute('data-first-finder'), null, 'a new element, not the old one');
    assert.equal(await finder.getAttribute('lang'), 'en');
    assert.match(await finder.locator('#finder-title').innerText(), /Find a place to talk/);
    // Fresh: no concern ticked and no town any more, so every window again, and React counted them.
    assert.equal(await finder.locator('input[name="concerns"]:checked').count(), 0);
    const freshCount = await widgetCount();
    assert.ok(freshCount >= 18, `all windows again (${freshCount})`);
    assert.equal(await appCount(page), freshCount);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the report answers its first question by keyboard and shows the emergency lines for "yes"', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/react-app/`);
    await page.locator('tsunagu-window-finder').locator('.count').waitFor();

    await page.locator('#view-report').focus();
    await page.keyboard.press('Enter'); // the view switch is a plain button
    assert.equal(await page.locator('#view-report').getAttribute('aria-pressed'), 'true');
    const form = page.locator('tsunagu-concern-report');
    await form.locator('input[name="danger_now"]').first().waitFor();
    assert.equal(await form.locator('#danger-lines').count(), 0);

    await tabTo(page, 'danger_now');
    assert.equal(await form.locator('input[name="danger_now"]:focus').getAttribute('value'), 'yes');
    await page.keyboard.press('Space');
    assert.equal(await form.locator('input[name="danger_now"][value="yes"]').isChecked(), true);
    const lines = form.locator('#danger-lines [part="emergency-link"]');
    await lines.first().waitFor();
    assert.deepEqual(await lines.evaluateAll((links) => links.map((link) => link.getAttribute('href'))), [
      'tel:110',
      'tel:119',
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a report sent from the app: the ward list loads, and React hears tsunagu-success', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/react-app/`);
    await page.locator('#view-report').click();
    const form = page.locator('tsunagu-concern-report');
    assert.equal(await form.getAttribute('publishable-key'), env.sites.api.publishableKey);
    assert.equal(await page.locator('#report-thanks').count(), 0);

    await walkReport(
      form,
      aboutSomeoneSteps(form, { role: 'npo', signs: ['mail_piling_up'] }),
      async (step) => {
        if (step === 'reporter') {
          assert.equal(await form.getByLabel('お店・団体の名前').inputValue(), 'みなと地域ケアプラザ');
        }
      },
    );
    await form.locator('#send').click();
    await form.getByRole('heading', { name: '送信しました' }).waitFor();
    assert.match((await form.locator('#reference').innerText()).trim(), /^TK-[2-9A-HJ-NP-Z]{4}-/);
    assert.equal(
      await page.locator('#report-thanks').innerText(),
      'お知らせいただき、ありがとうございました。区の担当が確かめます。',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
