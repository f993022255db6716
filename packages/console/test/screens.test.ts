// The ward's screens against the real server, in both languages: the inbox order and counts, one report
// with its consent and safe-contact instructions, a status change with a note, hand-off validation, and the
// windows' "checked" day. axe runs on every state.
import { expect, html } from '@open-wc/testing';
import type { ConsoleApi } from '../src/api.js';
import type { ConsoleInbox } from '../src/screens/inbox.js';
import type { ConsoleReport } from '../src/screens/report.js';
import type { ConsoleActivities, ConsoleWindows } from '../src/screens/catalog.js';
import '../src/screens/inbox.js';
import '../src/screens/report.js';
import '../src/screens/catalog.js';
import type { Ward } from '@tsunagu/schema';
import { $, mount, sendReport, signedIn, text, until, wardsFrom } from './helpers.js';

const CALM = {
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
  age_group: 'senior_65_plus',
  signs: ['unpaid_fees'],
  consent: 'not_asked',
  anonymous: true,
  free_text: 'パンを1つだけ買っていきます。',
};
const URGENT_SELF = {
  path: 'self',
  reporter_role: 'self',
  danger_now: 'yes',
  danger_kinds: ['suicide'],
  ward_id: 'naka',
  concerns: ['housing'],
  consent: 'yes',
  contact: { modes: ['phone'], phone: '090-0000-2222', safe_to_call: false, no_message: true },
};

let api: ConsoleApi;
let wards: Ward[];
let calm: string;
let urgent: string;

before(async () => {
  calm = await sendReport(CALM);
  urgent = await sendReport(URGENT_SELF);
  api = await signedIn('naka');
  wards = await wardsFrom(api);
});
after(() => api.logout());

for (const lang of ['ja', 'en'] as const) {
  describe(`console screens (${lang})`, () => {
    it('inbox: priority first, then the oldest; counts by status; a status filter', async () => {
      const el = await mount<ConsoleInbox>(
        html`<console-inbox .api=${api} .session=${api.session} .wards=${wards}></console-inbox>`,
        lang,
      );
      await until(() => el.shadowRoot!.querySelectorAll('.cards > li').length >= 2, 'the inbox');
      const refs = [...el.shadowRoot!.querySelectorAll('.cards .card-title a')].map((a) =>
        a.textContent.trim(),
      );
      expect(refs.indexOf(urgent)).to.be.lessThan(refs.indexOf(calm));
      const first = el.shadowRoot!.querySelector('.cards > li')!;
      expect(first.classList.contains('priority')).to.be.true;
      expect(first.textContent).to.match(lang === 'ja' ? /前に受付|以内に受付/ : /received/);
      const options = [...el.shadowRoot!.querySelectorAll('#filter-status option')].map((o) =>
        o.textContent.trim(),
      );
      expect(options[0]).to.match(lang === 'ja' ? /すべて（\d+件）/ : /All \(\d+\)/);
      await expect(el).to.be.accessible();
      // "closed" has none of these reports
      el.query = new URLSearchParams('status=closed');
      await until(
        () => text(el).includes(lang === 'ja' ? '該当する気づきはありません' : 'No reports match'),
        'the filter',
      );
      await expect(el).to.be.accessible();
    });

    it('report: consent and "do not leave a message" first, lines shown, status change with a note', async () => {
      const el = await mount<ConsoleReport>(
        html`<console-report
          .api=${api}
          .session=${api.session}
          .wards=${wards}
          .reference=${urgent}
        ></console-report>`,
        lang,
      );
      await until(() => Boolean($(el, '#history')), 'the report');
      expect($(el, '#no-message')!.textContent).to.include(
        lang === 'ja' ? '留守番電話に残さない' : 'Do not leave a voice message',
      );
      expect(text(el)).to.include('0120-783-556'); // いのちの電話, shown to the reporter for suicide risk
      expect(text(el)).to.include(lang === 'ja' ? '「死にたい」と話している' : 'die');
      await expect(el).to.be.accessible();
      // hand-off without a reason: an inline error, nothing sent
      $(el, '#handoff-submit')!.click();
      await el.updateComplete;
      expect($(el, '#handoff-reason-error')).to.exist;
      expect($(el, '#to-ward-error')).to.exist;
      await expect(el).to.be.accessible();
      if (lang === 'en') return; // one status change is enough (the report is shared by both languages)
      const select = $(el, '#new-status') as HTMLSelectElement;
      select.value = 'acknowledged';
      select.dispatchEvent(new Event('change'));
      const note = $(el, '#status-note') as HTMLTextAreaElement;
      note.value = '夕方にメールで連絡する';
      note.dispatchEvent(new InputEvent('input'));
      $(el, '#status-submit')!.click();
      await until(
        () => ($(el, '#current-status')?.textContent ?? '').includes('確認済み'),
        'the status change',
      );
      const last = [...el.shadowRoot!.querySelectorAll('#history > li')].pop()!;
      expect(last.textContent).to.include('夕方にメールで連絡する');
      expect(note.value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('windows: a window checked today shows the day', async () => {
      const el = await mount<ConsoleWindows>(
        html`<console-windows .api=${api} .session=${api.session} .wards=${wards}></console-windows>`,
        lang,
      );
      await until(() => el.shadowRoot!.querySelectorAll('.cards > li').length > 0, 'the windows');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.cards > li button')!.click();
      await until(() => Boolean(el.shadowRoot!.querySelector('.cards > li .notice')), 'the check');
      expect(el.shadowRoot!.querySelector('.cards > li')!.textContent).to.match(
        lang === 'ja' ? /最後に確認した日：\d+月\d+日/ : /Last checked: \w{3} \d+ \w{3}/,
      );
      await expect(el).to.be.accessible();
    });

    it('activities: the roster downloads as a CSV file made in the page (no content in any address)', async () => {
      const el = await mount<ConsoleActivities>(
        html`<console-activities .api=${api} .session=${api.session} .wards=${wards}></console-activities>`,
        lang,
      );
      await until(() => el.shadowRoot!.querySelectorAll('.cards > li').length > 0, 'the activities');
      expect(text(el)).to.match(lang === 'ja' ? /残り \d+席/ : /seats left/);
      await expect(el).to.be.accessible();
      const made: Blob[] = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        made.push(blob as Blob);
        return original(blob);
      };
      try {
        el.shadowRoot!.querySelector<HTMLButtonElement>('.cards > li button')!.click();
        await until(() => made.length === 1, 'the roster');
      } finally {
        URL.createObjectURL = original;
      }
      expect(made[0]!.type).to.match(/^text\/csv/);
      expect((await made[0]!.text()).split('\n')[0]).to.include(',');
    });
  });
}
