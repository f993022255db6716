// An XSS corpus in every text a widget renders from the API (window names, organisations, addresses, notes;
// activity titles, organisers, places), shown on the example partner pages in Chromium: nothing executes,
// and each payload appears as plain text. Prints payloads × fields and how many executed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useExampleSites, watchForPageProblems } from './harness.js';

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
      executed += await page.evaluate(() => Number((window as unknown as { __xss?: number }).__xss ?? 0));
      assert.deepEqual(
        problems.filter((p) => !p.includes('Failed to load resource')),
        [],
        path,
      );
      await context.close();
    }
    console.log(
      `xss: ${PAYLOADS.length} payloads in window and activity fields, ${rendered} shown as text, ${executed} executed`,
    );
    assert.equal(executed, 0);
    assert.ok(rendered >= 2, `payloads were rendered (${rendered})`);
  });
});
