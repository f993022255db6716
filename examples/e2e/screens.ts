// What a person meets, measured: each flow on the example sites at 360 px and on a desktop, in each
// language, with the page height at each screen and a full-page screenshot. Not a test (no assertions):
// `flock /tmp/tsunagu-chromium.lock node --import tsx examples/e2e/screens.ts [out-dir]`. The budgets
// these figures are held to are asserted in screen-budgets.test.ts.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, startExampleSites } from './harness.js';
import { aboutSomeoneSteps, walkReport } from './report-steps.js';

const out = process.argv[2] ?? '/tmp/tsunagu-screens';
mkdirSync(out, { recursive: true });
const LANGS = ['ja', 'ja-x-easy', 'en'] as const;
const VIEWPORTS = [
  { name: '360', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const sites = await startExampleSites();
const browser = await launchChromium();
const rows: string[] = [];
const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  rows.push(`${name}\t${await height(page)}`);
}

async function setLang(page: Page, tag: string, lang: string) {
  await page.evaluate(
    ([t, l]) => document.querySelectorAll(t!).forEach((el) => el.setAttribute('lang', l!)),
    [tag, lang],
  );
  await page.waitForTimeout(300);
}

try {
  for (const vp of VIEWPORTS) {
    for (const lang of LANGS) {
      const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
      const at = `${vp.name}-${lang}`;
      // the report, to the review and the receipt
      await page.goto(`${sites.sitesUrl}/shop-site/report.html`);
      await setLang(page, 'tsunagu-concern-report', lang);
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
      await shot(page, `report-review-${at}`);
      await form.locator('#send').click();
      await form.locator('#reference').waitFor();
      await shot(page, `report-receipt-${at}`);
      // the finder: first screen, then after the town 寿町
      await page.goto(`${sites.sitesUrl}/shop-site/`);
      await setLang(page, 'tsunagu-window-finder', lang);
      const finder = page.locator('tsunagu-window-finder');
      await finder.locator('article[part="result"]').first().waitFor();
      await shot(page, `finder-first-${at}`);
      await finder.locator('#town').fill('寿町');
      await finder.locator('#town').press('Enter');
      await page.waitForTimeout(300);
      await shot(page, `finder-kotobuki-${at}`);
      // the sign-up list and one activity's form
      await page.goto(`${sites.sitesUrl}/npo-site/`);
      await setLang(page, 'tsunagu-watch-signup', lang);
      const signup = page.locator('tsunagu-watch-signup');
      await signup.locator('[data-activity]').first().waitFor();
      await shot(page, `signup-list-${at}`);
      await signup.locator('[data-activity]').first().click();
      await signup.locator('#submit').waitFor();
      await shot(page, `signup-form-${at}`);
      // the same activity when the rest of the sign-up does not arrive (a dropped line)
      const later = /\/chunks\/signup-later-[^/]+\.js/;
      await page.route(later, (route) => route.abort());
      await page.goto(`${sites.sitesUrl}/npo-site/`);
      await setLang(page, 'tsunagu-watch-signup', lang);
      await signup.locator('[data-activity]').first().click();
      await signup.locator('#part-failure').waitFor();
      await shot(page, `signup-part-failed-${at}`);
      await page.unroute(later);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await sites.close();
}
console.log(rows.join('\n'));
