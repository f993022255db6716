import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useExampleSites, watchForPageProblems } from './harness.js';

describe('examples/school-portal (end to end)', () => {
  const env = useExampleSites();

  it('sends a school referral in the portal’s theme, shows the reference, and checks its status', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    const response = await page.goto(`${env.sites.sitesUrl}/school-portal/`);
    assert.equal(response?.status(), 200);
    const form = page.locator('tsunagu-concern-report');

    // the school's theme reaches into the widget through the documented custom properties
    const next = form.locator('#next');
    assert.equal(await next.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(27, 54, 93)');

    await form.locator('input[name="danger_now"][value="no"]').check();
    await next.click();
    await form.locator('input[name="age_group"][value="child_6_12"]').check();
    await form.locator('#ward_id option[value="naka"]').waitFor({ state: 'attached' });
    await form.locator('#ward_id').selectOption('naka');
    await form.locator('#next').click();
    await form.getByLabel('学校名').fill('寿みなと小学校');
    await form.getByLabel('この30日間に休んだ日数').fill('9');
    await form.locator('input[name="school_signs"][value="caring_for_family"]').check();
    await form.locator('#next').click();
    await form.locator('#free_text').fill('下の子の世話で休んでいるようです。');
    await form.locator('#next').click();
    await form.locator('input[name="consent"][value="not_asked"]').check();
    await form.locator('input[name="follow_up"][value="contact"]').check();
    await form.getByLabel('電話番号').fill('045-000-1234');
    await form.locator('#next').click();
    await form.getByRole('heading', { name: '送る前に確認してください' }).waitFor();
    await form.locator('#send').click();
    await form.getByRole('heading', { name: '送信しました' }).waitFor();
    const reference = (await form.locator('#reference').innerText()).trim();
    const checkCode = (await form.locator('#check-code').innerText()).trim();
    assert.match(reference, /^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    assert.match(await form.locator('.guidance').innerText(), /こども家庭支援/);

    const stored = await fetch(`${env.sites.api.url}/v1/admin/reports/${reference}`, {
      headers: { authorization: `Bearer ${env.sites.api.sessionFor('admin')}` },
    });
    const detail = (await stored.json()) as {
      context: string;
      content: { school: { absent_days_last_30: number }; reporter_contact: { organisation: string } };
    };
    assert.equal(detail.context, 'school');
    assert.equal(detail.content.school.absent_days_last_30, 9);
    assert.equal(detail.content.reporter_contact.organisation, '寿みなと小学校');

    const status = page.locator('tsunagu-report-status');
    await status.getByLabel('受付番号').fill(reference);
    await status.getByLabel('確認コード').fill(checkCode);
    await status.locator('#check').click();
    await status.locator('#status-outcome').waitFor();
    assert.match(await status.locator('#status-outcome').innerText(), /受け付けました/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    const problems = watchForPageProblems(page);
    await page.goto(`${env.sites.sitesUrl}/school-portal/`);
    const form = page.locator('tsunagu-concern-report');
    await form.locator('input[name="danger_now"][value="yes"]').check();
    await form.locator('[part="emergency-link"]').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `page is ${width}px wide`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
