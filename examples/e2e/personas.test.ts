// The three flows as the people who use them meet them, through the example sites, in every language the
// pages offer (each page's ?lang= choice): the shop clerk who reports a regular customer, the person
// themself on a 360 px phone, a teacher on the school portal, an NPO volunteer signing up as a person and
// for an organisation, then cancelling. Every step: what the person sees, axe 0, the widget's words in the
// page's language only, no bracketed readings; the review and the finder stay inside the screen budgets.
// TSUNAGU_SHOTS=<dir> also saves a full-page screenshot of every step, at 360 px and on a desktop.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, VIEWPORTS, type Viewport } from './budgets.js';
import { useExampleSites, watchForPageProblems } from './harness.js';
import { LANGS, assertHeight, checkStep, type Lang } from './persona-checks.js';
import { aboutSomeoneSteps } from './report-steps.js';

const WORDS = {
  ja: {
    sent: '送信しました',
    signedUp: '申し込みが完了しました',
    cancelled: '申し込みを取り消しました',
    already: 'この申し込みは取り消し済みです',
    naka: '中区',
  },
  'ja-x-easy': {
    sent: 'おくりました',
    signedUp: '申し込みが おわりました',
    cancelled: '申し込みを やめました',
    already: 'この 申し込みは もう やめて います',
    naka: '中区',
  },
  en: {
    sent: 'Your report has been sent',
    signedUp: 'You are signed up',
    cancelled: 'Your sign-up is cancelled',
    already: 'This sign-up is already cancelled',
    naka: 'Naka',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Each walk at its person's screen; with screenshots asked for, at both. */
const screensFor = (own: Viewport): readonly Viewport[] => (process.env.TSUNAGU_SHOTS ? VIEWPORTS : [own]);
const at = (vp: Viewport, lang: Lang, step: string) => `${step}-${vp.width}-${lang}`;

async function open(page: Page, path: string, lang: Lang): Promise<void> {
  const response = await page.goto(`${path}?lang=${lang}`);
  assert.equal(response?.status(), 200);
}

/** The visible step heading (its text without ruby readings). */
const stepHeading = (form: Locator) =>
  form.locator('#step-heading').evaluate((h) => {
    const copy = h.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    return (copy.textContent ?? '').trim();
  });

/** The receipt: its heading, the reference, and the ward's window with a phone number to call. */
async function checkReceipt(page: Page, form: Locator, lang: Lang, where: string): Promise<void> {
  await form.locator('#reference').waitFor();
  await form.locator('#receipt-help a[href^="tel:"]').first().waitFor();
  assert.equal((await form.locator('#receipt-heading').innerText()).trim(), WORDS[lang].sent);
  assert.match(await form.locator('#reference').innerText(), /^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  const help = await form.locator('#receipt-help').innerText();
  assert.ok(help.includes(WORDS[lang].naka), `the receipt names the ward's window (${where})`);
  assert.match(help, /045-\d{3}-\d{4}/, `the receipt gives the ward window's phone (${where})`);
  await checkStep(page, lang, where);
}

describe('persona walks (end to end)', () => {
  const env = useExampleSites();
  const url = (path: string) => `${env.sites.sitesUrl}${path}`;

  for (const lang of LANGS) {
    it(`shop clerk reports a regular customer (${lang})`, async () => {
      for (const vp of screensFor(DESKTOP)) {
        const page = await env.browser.newPage({ viewport: vp });
        const problems = watchForPageProblems(page);
        await open(page, url('/shop-site/report.html'), lang);
        const form = page.locator('tsunagu-concern-report');
        const headings = new Set<string>();
        for (const [step, answer] of aboutSomeoneSteps(form, {
          role: 'business',
          signs: ['unpaid_fees', 'not_seen_lately'],
          freeText: '毎日来ていた方が、最近はパンを1つだけ買っていきます。',
        })) {
          await form.locator('#step-heading').waitFor();
          headings.add(await stepHeading(form));
          await answer();
          await checkStep(page, lang, at(vp, lang, `clerk-${step}`));
          await form.locator('#next').click();
        }
        assert.equal(headings.size, 6, 'every step has its own heading');
        await form.locator('#send').waitFor();
        await checkStep(page, lang, at(vp, lang, 'clerk-review'));
        await assertHeight(page, 'tsunagu-concern-report', vp.review, at(vp, lang, 'clerk-review'));
        await form.locator('#send').click();
        await checkReceipt(page, form, lang, at(vp, lang, 'clerk-receipt'));
        assert.deepEqual(problems, []);
        await page.close();
      }
    });

    it(`the person themself, on a 360 px phone: finds the ward window, then asks for help (${lang})`, async () => {
      for (const vp of screensFor(PHONE)) {
        const page = await env.browser.newPage({ viewport: vp });
        const problems = watchForPageProblems(page);
        await open(page, url('/shop-site/'), lang);
        const finder = page.locator('tsunagu-window-finder');
        await finder.locator('.count').waitFor();
        await checkStep(page, lang, at(vp, lang, 'self-finder'));
        await finder.locator('#town').fill('寿町');
        await finder.locator('#town').press('Enter');
        await finder.locator('[part="your-ward"]').first().waitFor();
        const first = await finder.locator('article[part="result"] h3').first().innerText();
        assert.ok(first.includes(WORDS[lang].naka), `own ward's window first: ${first}`);
        await checkStep(page, lang, at(vp, lang, 'self-finder-kotobuki'));
        await assertHeight(page, 'tsunagu-window-finder', vp.finder, at(vp, lang, 'self-finder-kotobuki'));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= vp.width, `no sideways scrolling (${width} px)`);

        // the nav keeps the language: on to the report
        await page.locator('header nav a[href*="report.html"]').first().click();
        await page.waitForURL(/report\.html/);
        assert.equal(new URL(page.url()).searchParams.get('lang') ?? 'ja', lang);
        const form = page.locator('tsunagu-concern-report');
        await form.locator('input[name="danger_now"][value="no"]').check();
        await form.locator('#next').click();
        await form.locator('input[name="path"][value="self"]').check();
        await form.locator('#next').click();
        await form.locator('input[name="concerns"][value="food"]').check();
        await form.locator('input[name="concerns"][value="money_debt"]').check();
        await form.locator('#ward_id option[value="naka"]').waitFor({ state: 'attached' });
        await form.locator('#ward_id').selectOption('naka');
        await form.locator('#free_text').fill('今月の食費がありません。');
        await checkStep(page, lang, at(vp, lang, 'self-help'));
        await form.locator('#next').click();
        await form.locator('input[name="follow_up"][value="anonymous"]').check();
        await checkStep(page, lang, at(vp, lang, 'self-contact'));
        await form.locator('#next').click();
        await form.locator('#send').waitFor();
        await checkStep(page, lang, at(vp, lang, 'self-review'));
        await assertHeight(page, 'tsunagu-concern-report', vp.review, at(vp, lang, 'self-review'));
        await form.locator('#send').click();
        await checkReceipt(page, form, lang, at(vp, lang, 'self-receipt'));
        assert.deepEqual(problems, []);
        await page.close();
      }
    });

    it(`teacher refers a child on the school portal and checks the status (${lang})`, async () => {
      for (const vp of screensFor(DESKTOP)) {
        const page = await env.browser.newPage({ viewport: vp });
        const problems = watchForPageProblems(page);
        await open(page, url('/school-portal/'), lang);
        const form = page.locator('tsunagu-concern-report');
        await form.locator('input[name="danger_now"][value="no"]').check();
        await checkStep(page, lang, at(vp, lang, 'teacher-danger'));
        await form.locator('#next').click();
        await form.locator('input[name="age_group"][value="child_6_12"]').check();
        await form.locator('#ward_id option[value="naka"]').waitFor({ state: 'attached' });
        await form.locator('#ward_id').selectOption('naka');
        await checkStep(page, lang, at(vp, lang, 'teacher-person'));
        await form.locator('#next').click();
        await form.locator('#school_name').fill('寿みなと小学校');
        await form.locator('#absent_days').fill('9');
        await form.locator('input[name="school_signs"][value="caring_for_family"]').check();
        await checkStep(page, lang, at(vp, lang, 'teacher-school'));
        await form.locator('#next').click();
        await form.locator('#free_text').fill('下の子の世話で休んでいるようです。');
        await checkStep(page, lang, at(vp, lang, 'teacher-signs'));
        await form.locator('#next').click();
        await form.locator('input[name="consent"][value="not_asked"]').check();
        await form.locator('input[name="follow_up"][value="anonymous"]').check();
        await checkStep(page, lang, at(vp, lang, 'teacher-consent'));
        await form.locator('#next').click();
        await form.locator('#send').waitFor();
        await checkStep(page, lang, at(vp, lang, 'teacher-review'));
        await form.locator('#send').click();
        await checkReceipt(page, form, lang, at(vp, lang, 'teacher-receipt'));
        const reference = (await form.locator('#reference').innerText()).trim();
        const checkCode = (await form.locator('#check-code').innerText()).trim();
        const status = page.locator('tsunagu-report-status');
        await status.locator('#reference').fill(reference);
        await status.locator('#check_code').fill(checkCode);
        await status.locator('#check').click();
        await status.locator('#status-outcome').waitFor();
        await checkStep(page, lang, at(vp, lang, 'teacher-status'));
        assert.deepEqual(problems, []);
        await page.close();
      }
    });

    it(`NPO volunteer signs up as a person and for an organisation, then cancels (${lang})`, async () => {
      for (const vp of screensFor(PHONE)) {
        const page = await env.browser.newPage({ viewport: vp });
        const problems = watchForPageProblems(page);
        await open(page, url('/npo-site/'), lang);
        const signup = page.locator('tsunagu-watch-signup');
        await signup.locator('[data-activity="sample-naka-watch"]').waitFor();
        await checkStep(page, lang, at(vp, lang, 'npo-list'));

        // as a person
        await signup.locator('[data-activity="sample-naka-watch"]').click();
        await signup.locator('#submit').waitFor();
        await signup.locator('#name').fill('山田 花子');
        await signup.locator('#phone').fill('045-123-4567');
        await signup.locator('#terms_accepted').check();
        await checkStep(page, lang, at(vp, lang, 'npo-person-form'));
        await signup.locator('#submit').click();
        await signup.getByRole('heading', { name: WORDS[lang].signedUp }).waitFor();
        await checkStep(page, lang, at(vp, lang, 'npo-person-done'));
        const personLink = (await signup.locator('#cancel-link').getAttribute('href'))!;
        assert.equal(await signup.locator('#copy-cancel-link').count(), 1);

        // for an organisation (the food drive takes organisations)
        await signup.locator('.confirmation button').last().click();
        await signup.locator('[data-activity="sample-naka-food_support"]').click();
        await signup.locator('input[name="kind"][value="organisation"]').check();
        await signup.locator('#organisation_name').fill('ことぶきマート 寿町店');
        await signup.locator('#name').fill('佐藤 一郎');
        await signup.locator('#phone').fill('045-222-3333');
        if (await signup.locator('#age').count()) await signup.locator('#age').fill('45');
        await signup.locator('#terms_accepted').check();
        await checkStep(page, lang, at(vp, lang, 'npo-org-form'));
        await signup.locator('#submit').click();
        await signup.getByRole('heading', { name: WORDS[lang].signedUp }).waitFor();
        await checkStep(page, lang, at(vp, lang, 'npo-org-done'));

        // later, the person cancels through their link: the page names what is cancelled
        const later = await env.browser.newPage({ viewport: vp });
        const laterProblems = watchForPageProblems(later);
        await later.goto(personLink);
        const again = later.locator('tsunagu-watch-signup');
        await again.locator('#confirm-cancel').waitFor();
        await later.waitForFunction(() =>
          /サンプル|Sample/.test(
            document.querySelector('tsunagu-watch-signup')?.shadowRoot?.textContent ?? '',
          ),
        );
        await checkStep(later, lang, at(vp, lang, 'npo-cancel-ask'));
        await again.locator('#confirm-cancel').click();
        await again.getByRole('heading', { name: WORDS[lang].cancelled }).waitFor();
        await checkStep(later, lang, at(vp, lang, 'npo-cancel-done'));
        // the same link again: calm, nothing asked
        await later.goto('about:blank');
        await later.goto(personLink);
        await again.getByRole('heading', { name: WORDS[lang].already }).waitFor();
        assert.equal(await again.locator('#confirm-cancel').count(), 0);
        await checkStep(later, lang, at(vp, lang, 'npo-cancel-again'));
        assert.deepEqual(problems, []);
        assert.deepEqual(laterProblems, []);
        await later.close();
        await page.close();
      }
    });
  }
});
