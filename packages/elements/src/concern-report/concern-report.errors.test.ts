import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES } from '../i18n/registry.js';
import type { ConcernReport } from './concern-report.js';
import { $, $$, choose, fill, heading, mountReport, pick, press } from './test-helpers.js';

/** The error summary lists exactly `ids`, each link's text equals the inline error, and the summary has focus. */
function expectProblems(el: ConcernReport, ids: string[]): string[] {
  const links = $$<HTMLAnchorElement>(el, '#error-summary a');
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(ids.map((id) => `#${id}`));
  expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
  return links.map((link, i) => {
    const inline = $(el, `#${ids[i]}-error`);
    expect(inline, `inline error for ${ids[i]}`).to.exist;
    const text = link.textContent.trim();
    expect(inline!.textContent).to.include(text);
    expect(text).to.not.match(/required|invalid_|too_long|contact_required/);
    return text;
  });
}

describe('<tsunagu-concern-report> validation errors, in every locale', () => {
  for (const lang of LOCALES) {
    it(`about someone (${lang}): every required answer and limit, in the summary and inline`, async () => {
      const el = await mountReport({ lang });
      await press(el);
      expectProblems(el, ['danger_now']);
      await choose(el, 'danger_now', 'no');
      expect($(el, '#error-summary')).to.equal(null); // corrected answers clear their problem at once
      await press(el);
      await press(el);
      expectProblems(el, ['path']);
      await choose(el, 'path', 'about_someone');
      await press(el);
      await press(el);
      expectProblems(el, ['reporter_role']);
      // the organisation is asked only of roles that speak for one
      expect($(el, '#organisation')).to.equal(null);
      await choose(el, 'reporter_role', 'business');
      await fill(el, 'organisation', 'あ'.repeat(101));
      await press(el);
      const [organisation] = expectProblems(el, ['organisation']);
      expect(organisation).to.include('100');
      await fill(el, 'organisation', '寿商店');
      await press(el);
      await fill(el, 'town', 'x'.repeat(81));
      await press(el);
      expectProblems(el, ['ward_id', 'town']);
      await pick(el, 'ward_id', 'naka');
      await fill(el, 'town', '');
      await press(el);
      await fill(el, 'free_text', 'x'.repeat(801));
      await press(el);
      const [freeText] = expectProblems(el, ['free_text']);
      expect(freeText).to.include('800');
      await fill(el, 'free_text', '');
      await press(el);
      // nothing ticked and no words: refused here as the server refuses it
      const [empty] = expectProblems(el, ['signs']);
      expect(empty).to.not.equal('');
      await choose(el, 'signs', 'mail_piling_up');
      await press(el);
      await press(el);
      expectProblems(el, ['consent', 'follow_up']);
      await choose(el, 'consent', 'yes');
      await choose(el, 'follow_up', 'contact');
      await press(el);
      expectProblems(el, ['reporter_phone']); // neither phone nor email
      await fill(el, 'reporter_phone', 'abc');
      await fill(el, 'reporter_email', 'name@');
      await press(el);
      expectProblems(el, ['reporter_phone', 'reporter_email']);
      await fill(el, 'reporter_phone', '045-123-4567');
      await fill(el, 'reporter_email', '');
      await press(el);
      expect(heading(el)).to.not.equal('');
      expect($(el, '.summary')).to.exist;
    });

    it(`for myself and the school variant (${lang}): contact and school field errors`, async () => {
      const el = await mountReport({ lang });
      await choose(el, 'danger_now', 'no');
      await press(el);
      await choose(el, 'path', 'self');
      await press(el);
      await press(el);
      expectProblems(el, ['ward_id', 'concerns']);
      await pick(el, 'ward_id', 'naka');
      await choose(el, 'concerns', 'money_debt');
      await press(el);
      await press(el);
      expectProblems(el, ['follow_up']);
      await choose(el, 'follow_up', 'contact');
      await press(el);
      expectProblems(el, ['contact_modes']);
      await choose(el, 'contact_modes', 'phone');
      await choose(el, 'contact_modes', 'mail');
      await press(el);
      expectProblems(el, ['phone', 'email']);
      await fill(el, 'phone', '12');
      await fill(el, 'email', 'a@b');
      await press(el);
      expectProblems(el, ['phone', 'email']);

      const school = await mountReport({ lang, context: 'school' });
      await choose(school, 'danger_now', 'no');
      await press(school);
      await pick(school, 'ward_id', 'naka');
      await press(school);
      await fill(school, 'absent_days', 'たくさん');
      await fill(school, 'grade', 'x'.repeat(21));
      await press(school);
      expectProblems(school, ['grade', 'absent_days']);
      await fill(school, 'grade', '');
      await fill(school, 'absent_days', '31');
      await press(school);
      const [days] = expectProblems(school, ['absent_days']);
      expect(days).to.include('30');
    });
  }

  it('words the errors plainly in each language (examples)', async () => {
    const ja = await mountReport({ lang: 'ja' });
    await press(ja);
    expect(expectProblems(ja, ['danger_now'])).to.deep.equal([
      '危険な状態の人がいるかどうかを選んでください',
    ]);
    const en = await mountReport({ lang: 'en' });
    await press(en);
    expect(expectProblems(en, ['danger_now'])).to.deep.equal(['Choose whether anyone is in danger']);
    const easy = await mountReport({ lang: 'ja-x-easy' });
    await press(easy);
    expect(expectProblems(easy, ['danger_now'])).to.deep.equal(['あぶない 人が いるかを えらんでください']);
  });

  it('re-words shown errors and the step when the page language changes, keeping the answers', async () => {
    const el = await mountReport({ lang: 'ja' });
    await choose(el, 'danger_now', 'no');
    await press(el);
    await press(el);
    expect(expectProblems(el, ['path'])).to.deep.equal(['相談の種類を選んでください']);
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => heading(el) === 'What this is about');
    expect($(el, '#error-summary a')!.textContent.trim()).to.equal('Choose which fits you');
    await press(el, 'back');
    expect($<HTMLInputElement>(el, 'input[name="danger_now"][value="no"]')!.checked).to.equal(true);
  });

  it('maps the server’s field errors back to the question and shows them there', async () => {
    const el = await mountReport({ lang: 'ja' });
    const errors: unknown[] = [];
    el.addEventListener('tsunagu-error', (e) => errors.push((e as CustomEvent).detail));
    el.preview = {
      step: 'review',
      values: {
        danger_now: 'no',
        path: 'about_someone',
        reporter_role: 'other',
        ward_id: 'atlantis',
        signs: ['not_seen_lately'],
        consent: 'no',
        follow_up: 'anonymous',
      },
    };
    await el.updateComplete;
    await press(el, 'send');
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 50 && !$(el, '#error-summary'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(heading(el)).to.equal('気になる方について');
    expect(expectProblems(el, ['ward_id'])).to.deep.equal(['区は一覧の中から区を選んでください']);
    expect(errors).to.deep.equal([{ type: 'validation' }]);
  });
});
