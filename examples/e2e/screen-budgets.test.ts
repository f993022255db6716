// Screen budgets, measured where a person meets them (the shop site, at 360 × 740 and 1280 × 800):
// - the report's review (check your answers) fits about one screen: the widget ≤ 1.6 screens at 360 px
//   and ≤ 1.0 screen on a desktop;
// - the finder's answer after typing 寿町 + Enter: the person's own ward window is the first card, and the
//   whole widget stays ≤ 8.5 screens at 360 px and ≤ 7 on a desktop (it was ~29 and ~22: 19 full cards
//   with the same program bullets each). The rest of that height is the 13 concerns, the filters and the
//   phone-line cards: the next budget to tighten.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useExampleSites } from './harness.js';
import { aboutSomeoneSteps, walkReport } from './report-steps.js';
import { VIEWPORTS } from './budgets.js';
const height = (page: Page, tag: string) =>
  page.evaluate((t) => document.querySelector(t)!.getBoundingClientRect().height, tag);

describe('screen budgets (end to end)', () => {
  const env = useExampleSites();

  for (const vp of VIEWPORTS) {
    it(`the review fits about one screen (${vp.name})`, async () => {
      const page = await env.browser.newPage({ viewport: { width: vp.width, height: vp.height } });
      await page.goto(`${env.sites.sitesUrl}/shop-site/report.html`);
      const form = page.locator('tsunagu-concern-report');
      await walkReport(
        form,
        aboutSomeoneSteps(form, {
          role: 'business',
          signs: ['unpaid_fees', 'same_clothes'],
          freeText: '毎日来ていた方が、最近はパンを1つだけ買っていきます。',
        }),
      );
      await form.locator('#send').waitFor();
      const h = await height(page, 'tsunagu-concern-report');
      assert.ok(
        h <= vp.review * vp.height,
        `review is ${Math.round(h)} px (budget ${vp.review * vp.height})`,
      );
      await page.close();
    });

    it(`the finder answers 寿町 within its budget, own ward first (${vp.name})`, async () => {
      const page = await env.browser.newPage({ viewport: { width: vp.width, height: vp.height } });
      await page.goto(`${env.sites.sitesUrl}/shop-site/`);
      const finder = page.locator('tsunagu-window-finder');
      await finder.locator('.count').waitFor();
      await finder.locator('#town').fill('寿町');
      await finder.locator('#town').press('Enter'); // every 寿町 block is in 中区
      await finder.locator('[part="your-ward"]').first().waitFor();
      const first = finder.locator('article[part="result"]').first();
      assert.match(await first.locator('h3').innerText(), /中区/);
      const h = await height(page, 'tsunagu-window-finder');
      assert.ok(
        h <= vp.finder * vp.height,
        `finder is ${Math.round(h)} px (budget ${vp.finder * vp.height})`,
      );
      await page.close();
    });
  }
});
