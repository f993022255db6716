// An XSS corpus in every text a widget renders from the API (window names, organisations, addresses, notes;
// activity titles, organisers, places) and in what a person types (the report's free text and shop name,
// shown back on the review page), on the example partner pages in Chromium: nothing executes, and each
// payload appears as plain text. Prints payloads × fields and how many executed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useExampleSites, watchForPageProblems } from './harness.js';
import { aboutSomeoneSteps, walkReport } from './report-steps.js';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><svg onload="window.__xss=(window.__xss||0)+1">',
  '\'-alert(1)-\'<iframe srcdoc="<script>parent.__xss=1</script>">',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<a href="javascript:window.__xss=1">x</a>',
];

describe('an XSS corpus through every widget field (end to end)', () => {
  const env = useExampleSites();

  it('renders every payload as text on the shop and NPO pages; none runs', async () => {
    const api = env.sites.api;
    const admin = { authorization: `Bearer ${api.sessionFor('admin')}`, 'content-type': 'application/json' };
    const window = (await (
      await fetch(`${api.url}/v1/windows/naka-seikatsushien`, {
        headers: { authorization: `Bearer ${api.publishableKey}` },
      })
    ).json()) as Record<string, unknown>;
    const [p0, p1, p2, p3, p4, p5] = PAYLOADS as [string, string, string, string, string, string];
    const put = await fetch(`${api.url}/v1/admin/windows/naka-seikatsushien`, {
      method: 'PUT',
      headers: admin,
      body: JSON.stringify({
        ...window,
        name: `中区 生活支援課 ${p0}`,
        organization: p1,
        location: { ...(window.location as object), address: `横浜市中区 ${p2}` },
      }),
    });
    assert.equal(put.status, 200, await put.text());
    const created = await fetch(`${api.url}/v1/admin/activities`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        id: 'xss-corpus',
        type: 'training',
        title: `見守り研修 ${p3}`,
        organizer: p4,
        ward_id: 'naka',
        starts_at: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        ends_at: new Date(Date.now() + 3 * 86_400_000 + 7_200_000).toISOString(),
        place: { name: `会議室 ${p5}` },
        online: false,
        capacity: 10,
        requirements: {},
        signup_fields: [],
        allow_organisations: true,
        languages: ['ja'],
        sample: false,
      }),
    });
    assert.equal(created.status, 201, await created.text());

    let rendered = 0;
    let executed = 0;
    let fields = 6;
    for (const [path, tag] of [
      ['/shop-site/', 'tsunagu-window-finder'],
      ['/npo-site/', 'tsunagu-watch-signup'],
    ] as const) {
      const context = await env.browser.newContext({ locale: 'ja-JP' });
      const page = await context.newPage();
      const problems = watchForPageProblems(page);
      await page.goto(`${env.sites.sitesUrl}${path}`);
      const widget = page.locator(tag);
      const expected = tag === 'tsunagu-window-finder' ? [p0, p1, p2] : [p3, p4, p5];
      // the finder shows a ward's windows once it knows the place (other wards wait behind a button)
      if (tag === 'tsunagu-window-finder') {
        await widget.locator('#town').fill('寿町');
        await widget.locator('#town').press('Enter');
      }
      // the card or list carrying the first payload has rendered
      await widget.getByText(expected[0]!, { exact: false }).first().waitFor({ timeout: 15_000 });
      const text = await widget.evaluate((el) => el.shadowRoot?.textContent ?? '');
      rendered += expected.filter((p) => text.includes(p)).length;
      if (tag === 'tsunagu-window-finder') {
        // the footer's help card shows the same window (the shop partner's ward is 中区)
        const card = page.locator('tsunagu-help-card');
        await card.getByText(p0, { exact: false }).first().waitFor({ timeout: 15_000 });
        fields++;
        rendered += (await card.evaluate((el) => el.shadowRoot?.textContent ?? '')).includes(p0) ? 1 : 0;
      }
      executed += await page.evaluate(() => Number((window as unknown as { __xss?: number }).__xss ?? 0));
      assert.deepEqual(
        problems.filter((p) => !p.includes('Failed to load resource')),
        [],
        path,
      );
      await context.close();
    }
    // what a person types: every payload in the free text and the shop's name, read back on the review
    // page, then the receipt with the ward office's (tampered) window
    const context = await env.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/shop-site/report.html`);
    const form = page.locator('tsunagu-concern-report');
    const steps = aboutSomeoneSteps(form, {
      role: 'business',
      signs: ['mail_piling_up'],
      freeText: PAYLOADS.join('\n'),
    });
    await walkReport(form, steps, async (step) => {
      if (step === 'reporter') await form.locator('#organisation').fill(`ことぶきマート ${p2}`);
    });
    await form.locator('[part="summary"]').waitFor({ timeout: 15_000 });
    const review = await form.evaluate((el) => el.shadowRoot?.textContent ?? '');
    fields += PAYLOADS.length + 1;
    rendered += PAYLOADS.filter((p) => review.includes(p)).length + (review.includes(p2) ? 1 : 0);
    assert.equal(
      PAYLOADS.filter((p) => review.includes(p)).length,
      PAYLOADS.length,
      'the review page reads back every typed payload as text',
    );
    await form.locator('#send').click();
    await form.locator('#receipt-heading').waitFor({ timeout: 15_000 });
    // the receipt names the ward office from its (tampered) window
    await form.getByText(p0, { exact: false }).first().waitFor({ timeout: 15_000 });
    fields++;
    rendered++;
    executed += await page.evaluate(() => Number((window as unknown as { __xss?: number }).__xss ?? 0));
    assert.deepEqual(
      problems.filter((p) => !p.includes('Failed to load resource')),
      [],
      'report',
    );
    await context.close();

    console.log(
      `xss: ${PAYLOADS.length} payloads in ${fields} places (window, activity, help card, the report's typed answers), ${rendered} shown as text, ${executed} executed`,
    );
    assert.equal(executed, 0);
    assert.ok(rendered >= 2, `payloads were rendered (${rendered})`);
  });
});
