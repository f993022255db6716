import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useExampleSites, watchForPageProblems } from './harness.js';

async function openSignupPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  assert.equal(response?.status(), 200);
  // the list of the NPO's ward (sample activities seeded for every ward)
  await page.locator('tsunagu-watch-signup [data-activity="sample-naka-watch"]').waitFor();
}

describe('examples/npo-site (end to end)', () => {
  const env = useExampleSites();

  it('signs up from the NPO page, in its theme, and cancels through the link', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await openSignupPage(page, `${env.sites.sitesUrl}/npo-site/`);
    const signup = page.locator('tsunagu-watch-signup');
    const card = signup.locator('li', { has: page.locator('[data-activity="sample-naka-watch"]') });
    assert.match(await card.innerText(), /残り 20 席/);

    // the NPO's theme reaches into the widget (custom property and ::part)
    const button = signup.locator('[data-activity="sample-naka-watch"]');
    const style = await button.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, radius: s.borderTopLeftRadius };
    });
    assert.equal(style.color, 'rgb(29, 107, 58)');
    assert.equal(style.radius, '999px');

    await button.click();
    await signup.getByLabel('お名前').fill('山田 花子');
    await signup.getByLabel('電話番号').fill('045-123-4567');
    await signup.getByText('利用規約とプライバシーポリシーに同意します').click();
    assert.equal(await signup.locator('a[href="/npo-site/policies.html#privacy"]').count(), 1);
    await signup.locator('#submit').click();
    await signup.getByRole('heading', { name: '申し込みが完了しました' }).waitFor();

    const link = await signup.locator('#cancel-link').getAttribute('href');
    assert.ok(link);
    const url = new URL(link);
    assert.equal(url.pathname, '/npo-site/');
    assert.match(url.hash, /^#tsunagu-cancel=/);

    // the person comes back later through the link
    const later = await env.browser.newPage();
    const laterProblems = watchForPageProblems(later);
    await later.goto(link);
    const again = later.locator('tsunagu-watch-signup');
    await again.getByRole('heading', { name: '申し込みの取り消し' }).waitFor();
    assert.equal(new URL(later.url()).hash, ''); // read, then removed from the address bar
    await again.locator('#confirm-cancel').click();
    await again.getByRole('heading', { name: '申し込みを取り消しました' }).waitFor();

    const activity = await fetch(`${env.sites.api.url}/v1/activities/sample-naka-watch`, {
      headers: { authorization: `Bearer ${env.sites.api.secretKey}` },
    });
    assert.equal(((await activity.json()) as { seats_left: number }).seats_left, 20);
    assert.deepEqual(problems, []);
    assert.deepEqual(laterProblems, []);
    await page.close();
    await later.close();
  });

  it('one script tag registers both widgets, and the finder works beside the sign-up', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    await openSignupPage(page, `${env.sites.sitesUrl}/npo-site/`);
    const scripts = await page
      .locator('script[src^="/embed/"]')
      .evaluateAll((tags) => tags.map((t) => t.getAttribute('src')));
    assert.deepEqual(scripts, ['/embed/tsunagu.js']);
    const finder = page.locator('tsunagu-window-finder');
    await finder.locator('.count').waitFor();
    assert.ok((await finder.locator('article[part="result"]').count()) > 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
