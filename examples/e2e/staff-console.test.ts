import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { useExampleSites, watchForPageProblems } from './harness.js';
import { aboutSomeoneSteps, walkReport } from './report-steps.js';

/** The console asks GET /v1/auth/session first; "not signed in" is a 401, which Chromium logs. */
const expected401 = (problem: string) => /status of 401/.test(problem);

async function signIn(browser: Browser, url: string, who: { login: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForPageProblems(page);
  const response = await page.goto(`${url}/staff/`);
  assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  const app = page.locator('tsunagu-console');
  await app.getByLabel('ログイン名').fill(who.login);
  await app.getByLabel('パスワード').fill(who.password);
  await app.getByRole('button', { name: 'サインインする' }).click();
  await app.getByRole('heading', { name: '届いた気づき', level: 1 }).waitFor();
  await app
    .locator('console-inbox p', { hasText: /件|該当する/ })
    .first()
    .waitFor();
  return { page, app, problems, close: () => context.close() };
}

async function inboxReferences(page: Page): Promise<string[]> {
  const links = page.locator('console-inbox .cards .card-title a');
  return (await links.allInnerTexts()).map((t) => t.trim());
}

describe('staff console (end to end)', () => {
  const env = useExampleSites();

  it('a report from the shop reaches 中区, is acknowledged and handed off to 鶴見区; the reporter sees only the status', async () => {
    const { api, sitesUrl } = env.sites;
    // 1. a shop clerk sends a report about someone in 中区
    const shop = await env.browser.newPage();
    await shop.goto(`${sitesUrl}/shop-site/report.html`);
    const form = shop.locator('tsunagu-concern-report');
    await walkReport(form, aboutSomeoneSteps(form, { role: 'business', signs: ['unpaid_fees'] }));
    await form.locator('#send').click();
    await form.getByRole('heading', { name: '送信しました' }).waitFor();
    const reference = (await form.locator('#reference').innerText()).trim();
    const checkCode = (await form.locator('#check-code').innerText()).trim();
    await shop.close();

    // 2. it is in 中区's inbox, not in 鶴見区's
    const naka = await signIn(env.browser, api.url, api.staff.naka);
    assert.ok((await inboxReferences(naka.page)).includes(reference), '中区 sees the report');
    const tsurumi = await signIn(env.browser, api.url, api.staff.tsurumi);
    assert.ok(!(await inboxReferences(tsurumi.page)).includes(reference), '鶴見区 does not');

    // 3. 中区 opens it, acknowledges it with a note, and hands it off to 鶴見区 (the person moved)
    await naka.app.getByRole('link', { name: reference }).click();
    await naka.app.getByRole('heading', { name: `気づき ${reference}` }).waitFor();
    await naka.app.getByLabel('新しい状況').selectOption('acknowledged');
    const note = '店長さんと相談し、来週訪問する予定。';
    await naka.app.locator('#status-note').fill(note);
    await naka.app.getByRole('button', { name: '状況を変更する' }).click();
    await naka.app.locator('#current-status', { hasText: '確認済み' }).waitFor();
    await naka.app.getByLabel('引き継ぐ区').selectOption('tsurumi');
    await naka.app.locator('#handoff-reason').fill('ご本人が鶴見区に引っ越したため');
    await naka.app.getByRole('button', { name: '引き継ぐ' }).click();
    // the report left 中区: back in the inbox, told so, and the report is no longer listed
    await naka.app.locator('console-inbox .notice', { hasText: reference }).waitFor();
    await naka.app
      .locator('console-inbox p', { hasText: /件|該当する/ })
      .first()
      .waitFor();
    assert.ok(!(await inboxReferences(naka.page)).includes(reference), 'gone from 中区');

    // 4. 鶴見区 sees it now, with its chronology: received, acknowledged by naka, handed off by naka
    await tsurumi.page.reload();
    await tsurumi.app.getByRole('link', { name: reference }).click();
    const history = tsurumi.app.locator('#history');
    await history.waitFor();
    const steps = await history.locator('> li').allInnerTexts();
    assert.equal(steps.length, 3, steps.join('\n---\n'));
    assert.match(steps[0]!, /受付/);
    assert.match(steps[1]!, /状況の変更/);
    assert.match(steps[1]!, /確認済み/);
    assert.ok(steps[1]!.includes(api.staff.naka.login) && steps[1]!.includes(note));
    assert.match(steps[2]!, /引き継ぎ/);
    assert.match(steps[2]!, /中区 → 鶴見区/);
    assert.match(steps[2]!, /引っ越した/);

    // 5. the reporter's status check says "acknowledged" and nothing else
    const reporter = await env.browser.newPage();
    await reporter.goto(`${sitesUrl}/school-portal/`);
    const status = reporter.locator('tsunagu-report-status');
    await status.getByLabel('受付番号').fill(reference);
    await status.getByLabel('確認コード').fill(checkCode);
    await status.locator('#check').click();
    const outcome = status.locator('#status-outcome');
    await outcome.waitFor();
    const told = await outcome.innerText();
    assert.match(told, /区の担当者が内容を確認しました/);
    for (const secret of [note, '引っ越', '鶴見', api.staff.naka.login, api.staff.tsurumi.login, 'naka'])
      assert.ok(!told.includes(secret), `the status check must not show ${secret}: ${told}`);
    await reporter.close();

    assert.deepEqual(
      naka.problems.filter((p) => !expected401(p)),
      [],
    );
    assert.deepEqual(
      tsurumi.problems.filter((p) => !expected401(p)),
      [],
    );
    await naka.close();
    await tsurumi.close();
  });

  it('a session that ends while a note is typed asks to sign in over the screen, keeps the note and sends it', async () => {
    const { api, sitesUrl } = env.sites;
    const sent = await fetch(`${api.url}/v1/concern-reports`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${api.publishableKey}`,
        origin: sitesUrl,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        path: 'about_someone',
        reporter_role: 'neighbour',
        danger_now: 'no',
        ward_id: 'naka',
        consent: 'not_asked',
        anonymous: true,
        signs: ['mail_piling_up'], // an empty report is refused: something was noticed
      }),
    });
    assert.equal(sent.status, 201);
    const { reference } = (await sent.json()) as { reference: string };
    const naka = await signIn(env.browser, api.url, api.staff.naka);
    await naka.app.getByRole('link', { name: reference }).click();
    await naka.app.getByLabel('新しい状況').selectOption('acknowledged');
    const note = '民生委員さんに様子を聞く。';
    await naka.app.locator('#status-note').fill(note);
    // the session ends (as after the idle time) while the note is on the screen
    const context = naka.page.context();
    const cookies = await context.cookies();
    await context.clearCookies();
    await context.addCookies(cookies.map((c) => ({ ...c, value: 'ss_ended' })));
    await naka.app.getByRole('button', { name: '状況を変更する' }).click();
    const dialog = naka.app.locator('dialog[open]');
    await dialog.getByRole('heading', { name: 'もう一度サインインしてください' }).waitFor();
    assert.equal(await dialog.getByLabel('ログイン名').inputValue(), api.staff.naka.login);
    assert.equal(await naka.app.locator('#status-note').inputValue(), note, 'the note is still there');
    await dialog.getByLabel('パスワード').fill(api.staff.naka.password);
    await dialog.getByRole('button', { name: 'サインインする' }).click();
    // the change that found the session gone was sent after signing in, with the note
    await naka.app.locator('#current-status', { hasText: '確認済み' }).waitFor();
    assert.equal(await naka.app.locator('dialog[open]').count(), 0);
    assert.match(await naka.app.locator('#history > li').last().innerText(), new RegExp(note));
    await naka.close();
  });
});
