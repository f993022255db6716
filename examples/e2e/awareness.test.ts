// Issue 19 end to end: the shop's footer help card, the printed poster's QR code, the NPO training page's
// guide and self-check, in Debian's Chromium against the real server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useExampleSites, watchForPageProblems } from './harness.js';

const require = createRequire(import.meta.url);
/** pdf.js and jsQR, served to a scratch page from node_modules (no network, no system packages). */
const DECODER_FILES: Record<string, { path: string; type: string }> = {
  '/pdf.mjs': { path: require.resolve('pdfjs-dist/build/pdf.min.mjs'), type: 'text/javascript' },
  '/pdf.worker.mjs': {
    path: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'),
    type: 'text/javascript',
  },
  '/jsqr.js': { path: require.resolve('jsqr/dist/jsQR.js'), type: 'text/javascript' },
  '/': { path: '', type: 'text/html' },
};
const DECODER_ORIGIN = 'http://decoder.test';

/** Renders the PDF's first page with pdf.js into a canvas and reads QR codes with jsQR, in Chromium. */
async function decodeQrInPdf(page: Page, pdf: Buffer): Promise<string[]> {
  await page.route(`${DECODER_ORIGIN}/**`, (route) => {
    const file = DECODER_FILES[new URL(route.request().url()).pathname];
    if (!file) return route.fulfill({ status: 404 });
    const body = file.path ? readFileSync(file.path) : '<!doctype html><script src="/jsqr.js"></script>';
    return route.fulfill({ status: 200, contentType: file.type, body });
  });
  await page.goto(`${DECODER_ORIGIN}/`);
  return page.evaluate(
    async ({ base64, origin }) => {
      type PdfJs = {
        GlobalWorkerOptions: { workerSrc: string };
        getDocument(o: { data: Uint8Array }): {
          promise: Promise<{
            getPage(n: number): Promise<{
              getViewport(o: { scale: number }): { width: number; height: number };
              render(o: object): { promise: Promise<void> };
            }>;
          }>;
        };
      };
      const pdfjs = (await import(`${origin}/pdf.mjs`)) as PdfJs;
      pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/pdf.worker.mjs`;
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data }).promise;
      const first = await doc.getPage(1);
      const viewport = first.getViewport({ scale: 2 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const context = canvas.getContext('2d')!;
      await first.render({ canvasContext: context, viewport }).promise;
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const jsQR = (
        window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
      ).jsQR;
      const code = jsQR(image.data, image.width, image.height);
      return code ? [code.data] : [];
    },
    { base64: pdf.toString('base64'), origin: DECODER_ORIGIN },
  );
}

describe('awareness widgets (issue 19, end to end)', () => {
  const env = useExampleSites();

  for (const [label, time, state] of [
    ['a Thursday 10:00', '2026-11-26T10:00:00+09:00', 'open'],
    ['a Thursday 20:00', '2026-11-26T20:00:00+09:00', 'closed'],
  ] as const) {
    it(`the shop's footer shows 中区's help card, ${state} on ${label} Tokyo time`, async () => {
      const context = await env.browser.newContext({ locale: 'ja-JP', timezoneId: 'America/New_York' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(time));
      const problems = watchForPageProblems(page);
      await page.goto(`${env.sites.sitesUrl}/shop-site/`);
      const card = page.locator('footer tsunagu-help-card');
      await card.locator('.help-office-name').waitFor();
      assert.match(await card.locator('.help-office-name').innerText(), /中区 生活支援課/);
      assert.equal(await card.locator('a[part="tel"]').getAttribute('href'), 'tel:0452248181');
      assert.equal(await card.locator(`[part="status-${state}"]`).count(), 1);
      assert.equal(await card.locator(`[part="status-${state === 'open' ? 'closed' : 'open'}"]`).count(), 0);
      // when the office is closed, the 24-hour lines come before it
      const order = await card.locator('section.help-card').evaluate((section) => {
        const lines = section.querySelector('.emergency')!;
        const office = section.querySelector('.help-office')!;
        return lines.compareDocumentPosition(office) & Node.DOCUMENT_POSITION_FOLLOWING ? 'lines' : 'office';
      });
      assert.equal(order, state === 'open' ? 'office' : 'lines');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('the poster page, printed to PDF by Chromium, carries a QR code of the shop finder URL', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${env.sites.sitesUrl}/shop-site/poster.html`);
    const poster = page.locator('tsunagu-poster');
    await poster.locator('svg.qr').waitFor();
    assert.ok(
      requests.every((url) => url.startsWith(env.sites.sitesUrl)),
      'the poster makes no request beyond its own site',
    );
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.shop-header').isVisible(), false);
    assert.equal(await poster.locator('.controls').isVisible(), false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.deepEqual(problems, []);
    const decoder = await env.browser.newPage();
    assert.deepEqual(await decodeQrInPdf(decoder, pdf), [`${env.sites.sitesUrl}/shop-site/`]);
    await decoder.close();
    await page.close();
  });

  it("the training page's guide leads to the report form on the same page, by keyboard", async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/npo-site/training.html`);
    const guide = page.locator('tsunagu-awareness');
    const link = guide.locator('a[part="next-link"]');
    await link.waitFor();
    // A person reads the guide before following it; by then the report below has loaded. (Pressed while it is
    // still loading, the last section is too short for the page to scroll it to the top, and that depends on
    // the machine's speed.)
    const report = page.locator('#report tsunagu-concern-report');
    await report.locator('button').first().waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#report$/);
    assert.equal(new URL(page.url()).pathname, '/npo-site/training.html');
    assert.ok(await report.isVisible());
    const top = await page.locator('#report').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 5, `the report section is scrolled to the top (${top})`);
    // the next Tab lands inside the report section, not back at the top of the page
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const host = (el?.getRootNode() as ShadowRoot).host ?? el;
      return document.querySelector('#report')!.contains(host);
    });
    assert.ok(inside);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the training and poster pages offer the three languages, and the widgets follow the choice', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/npo-site/training.html`);
    await page.locator('.language-choice a[lang="en"]').click();
    await page.waitForURL(/\?lang=en$/);
    const guide = page.locator('tsunagu-awareness');
    await guide.locator('h2').first().waitFor();
    assert.match(await guide.locator('h2').first().innerText(), /When you notice something/);
    assert.match(await page.locator('tsunagu-self-check').locator('h2').first().innerText(), /self-check/);
    await page.goto(`${env.sites.sitesUrl}/shop-site/poster.html?lang=ja-x-easy`);
    await page.locator('tsunagu-poster').locator('ruby').first().waitFor();
    assert.equal(await page.locator('.language-choice [aria-current="true"]').innerText(), 'やさしい日本語');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the self-check answers every choice with feedback, in ja, ja-x-easy and en', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/npo-site/training.html`);
    const check = page.locator('tsunagu-self-check');
    for (const lang of ['ja', 'ja-x-easy', 'en']) {
      await check.evaluate((el, l) => el.setAttribute('lang', l), lang);
      await check.locator(`h2[lang], h2`).first().waitFor();
      const radios = check.locator('input[type="radio"]');
      const count = await radios.count();
      assert.equal(count, 15);
      const seen = new Set<string>();
      for (let i = 0; i < count; i++) {
        await radios.nth(i).check();
        const situation = radios.nth(i).locator('xpath=ancestor::fieldset');
        const feedback = (await situation.locator('[part="feedback"]').innerText()).trim();
        assert.ok(feedback.length > 10, `feedback for answer ${i} in ${lang}`);
        seen.add(feedback);
      }
      assert.equal(seen.size, count, `each answer has its own feedback in ${lang}`);
      const text = await check.locator('.self-check').innerText();
      if (lang === 'en') assert.match(text, /Situation 1 of 5/);
      else assert.match(text, /ふりかえり/);
      if (lang === 'ja-x-easy') assert.ok((await check.locator('ruby rt').count()) > 0, 'readings as <ruby>');
      assert.doesNotMatch(text, /困窮者/);
      await check.locator('button').click(); // start again: no answer kept
      assert.equal(await check.locator('input:checked').count(), 0);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
