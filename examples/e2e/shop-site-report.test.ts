import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useExampleSites, watchForPageProblems } from './harness.js';
import { aboutSomeoneSteps, walkReport } from './report-steps.js';

describe('examples/shop-site report.html (end to end)', () => {
  const env = useExampleSites();

  it('a shop clerk reports a concern under a strict CSP and gets a reference number', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    const response = await page.goto(`${env.sites.sitesUrl}/shop-site/report.html`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    const form = page.locator('tsunagu-concern-report');
    const events: string[] = [];
    await page.exposeFunction('recordEvent', (text: string) => events.push(text));
    await page.evaluate(() => {
      for (const type of ['tsunagu-submit', 'tsunagu-success', 'tsunagu-error']) {
        document.addEventListener(type, (e) =>
          (window as unknown as { recordEvent(t: string): void }).recordEvent(
            `${type} ${JSON.stringify((e as CustomEvent).detail)}`,
          ),
        );
      }
    });

    const steps = aboutSomeoneSteps(form, {
      role: 'business',
      signs: ['unpaid_fees', 'same_clothes'],
      freeText: '毎日来ていた方が、最近はパンを1つだけ買っていきます。',
    });
    await walkReport(form, steps, async (step) => {
      if (step === 'reporter') {
        assert.equal(await form.getByLabel('お店・団体の名前').inputValue(), 'ことぶきマート 寿町店');
      }
    });
    await form.locator('#send').click();
    await form.getByRole('heading', { name: '送信しました' }).waitFor();
    const reference = (await form.locator('#reference').innerText()).trim();
    assert.match(reference, /^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    assert.deepEqual(events, [
      'tsunagu-submit {"context":"general","urgent":false}',
      'tsunagu-success {"context":"general","urgent":false}',
    ]);
    // the shop's own secret key (its server integration) cannot read what was sent, not even its own report
    const asShop = await fetch(`${env.sites.api.url}/v1/admin/reports/${reference}`, {
      headers: { authorization: `Bearer ${env.sites.api.secretKey}` },
    });
    assert.equal(asShop.status, 403);
    assert.equal(((await asShop.json()) as { error: { code: string } }).error.code, 'role_not_allowed');
    const stored = await fetch(`${env.sites.api.url}/v1/admin/reports/${reference}`, {
      headers: { authorization: `Bearer ${env.sites.api.sessionFor('admin')}` },
    });
    const detail = (await stored.json()) as {
      reporter_role: string;
      partner_id: string | null;
      signs: string[];
    };
    assert.equal(detail.reporter_role, 'business');
    assert.ok(detail.partner_id, 'the partner key ties the report to the shop');
    assert.deepEqual(detail.signs, ['unpaid_fees', 'same_clothes']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads at 200 % zoom without sideways scrolling, step by step to the review', async () => {
    // A 1280 × 720 window zoomed to 200 %: 640 × 360 CSS px at 2 device pixels per px.
    const page = await env.browser.newPage({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    await page.goto(`${env.sites.sitesUrl}/shop-site/report.html`);
    const form = page.locator('tsunagu-concern-report');
    /** How far anything in the page or the widget's shadow root reaches past the right edge, in px. */
    const overflow = () =>
      page.evaluate((): number => {
        const host = document.querySelector('tsunagu-concern-report')!;
        const inside: number[] = Array.from(
          host.shadowRoot!.querySelectorAll('*'),
          (e: Element) => e.getBoundingClientRect().right,
        );
        return Math.max(document.documentElement.scrollWidth, ...inside) - window.innerWidth;
      });
    await walkReport(
      form,
      aboutSomeoneSteps(form, { role: 'business', signs: ['unpaid_fees'] }),
      async (step) => {
        assert.ok((await overflow()) <= 0, `step ${step}: overflows by ${await overflow()}px`);
      },
    ); // Playwright scrolls to each Next button and checks it can be clicked
    await form.locator('#send').waitFor();
    assert.ok((await overflow()) <= 0, `review: overflows by ${await overflow()}px`);
    await page.close();
  });
});
