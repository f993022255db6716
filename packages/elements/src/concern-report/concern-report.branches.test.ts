import { expect, fixture, html } from '@open-wc/testing';
import { adminRequest, testServer } from '../testing/server.js';
import type { ConcernReport } from './concern-report.js';
import {
  $,
  $$,
  answerAboutSomeone,
  choose,
  fill,
  heading,
  mountReport,
  pick,
  press,
  waitForReceipt,
} from './test-helpers.js';

const hrefs = (root: ParentNode, section: string) =>
  [...root.querySelectorAll<HTMLAnchorElement>(`#${section} [part="emergency-link"]`)].map((a) =>
    a.getAttribute('href'),
  );

describe('<tsunagu-concern-report> a double-click on 次へ', () => {
  it('moves one question on, not two (and shows no error on a question not yet seen)', async () => {
    const el = await mountReport({ lang: 'ja' });
    await choose(el, 'danger_now', 'no');
    // what a double-click delivers: a click, then a second click counted as such (detail 2)
    const at = { bubbles: true, composed: true, cancelable: true };
    $<HTMLButtonElement>(el, '#next')!.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
    $<HTMLButtonElement>(el, '#next')!.dispatchEvent(new MouseEvent('click', { ...at, detail: 2 }));
    await el.updateComplete;
    await el.updateComplete;
    expect(heading(el)).to.equal('相談の種類');
    expect($(el, '#error-summary')).to.equal(null);
  });
});

describe('<tsunagu-concern-report> danger branch', () => {
  it('shows 110 / 119 as soon as "yes" is chosen, adds lines by kind, and sends the report flagged urgent', async () => {
    const el = await mountReport({ lang: 'ja' });
    expect($(el, '#danger-lines')).to.equal(null);
    await choose(el, 'danger_now', 'yes');
    expect(hrefs(el.shadowRoot!, 'danger-lines')).to.deep.equal(['tel:110', 'tel:119']);
    expect(el.announcer.assertiveText).to.equal('いま危険がある場合は、すぐに電話してください');
    await choose(el, 'danger_kinds', 'suicide');
    await choose(el, 'danger_kinds', 'child_abuse');
    expect(hrefs(el.shadowRoot!, 'danger-lines')).to.deep.equal([
      'tel:110',
      'tel:119',
      'tel:189',
      'tel:0120783556',
      'tel:0120279338',
      'tel:0570064556',
    ]);
    await press(el);
    await choose(el, 'path', 'about_someone');
    await press(el);
    await choose(el, 'reporter_role', 'family');
    await press(el);
    await choose(el, 'age_group', 'teen_13_17');
    await pick(el, 'ward_id', 'kohoku');
    await press(el);
    await press(el);
    await choose(el, 'consent', 'cannot_ask');
    await choose(el, 'follow_up', 'anonymous');
    await press(el);
    expect($(el, '#send')!.textContent).to.include('「急ぎ」として送信する');
    await press(el, 'send');
    const reference = await waitForReceipt(el);
    expect(hrefs(el.shadowRoot!, 'receipt-lines').slice(0, 3)).to.deep.equal([
      'tel:110',
      'tel:119',
      'tel:189',
    ]);
    // urgent: the call-now block comes before the reference
    const order = $(el, '#receipt-lines')!.compareDocumentPosition($(el, '#reference')!);
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const { body } = await adminRequest<{
      urgent: boolean;
      child_abuse_suspected: boolean;
      suicide_risk: boolean;
    }>(`/v1/admin/reports/${reference}`);
    expect(body).to.include({ urgent: true, child_abuse_suspected: true, suicide_risk: true });
  });

  it('"not sure" shows 110, 119 and #7119 without flagging urgent', async () => {
    const el = await mountReport({ lang: 'en' });
    await choose(el, 'danger_now', 'unsure');
    expect(hrefs(el.shadowRoot!, 'danger-lines')).to.deep.equal(['tel:110', 'tel:119', 'tel:%237119']);
    await choose(el, 'danger_now', 'no');
    expect($(el, '#danger-lines')).to.equal(null);
    expect($(el, '#danger_kinds')).to.equal(null);
  });
});

describe('<tsunagu-concern-report context="school">', () => {
  it('asks the school referral fields, routes to child and family support, and stores the school block', async () => {
    const el = await mountReport({ lang: 'ja', context: 'school' });
    await choose(el, 'danger_now', 'no');
    await press(el);
    expect(heading(el)).to.equal('気になる方について');
    expect($(el, '.progress')!.textContent).to.equal('質問 2 / 6');
    await choose(el, 'age_group', 'child_6_12');
    await pick(el, 'ward_id', 'naka');
    await press(el);
    expect(heading(el)).to.equal('学校で気づいたこと');
    await fill(el, 'school_name', '横浜市立寿小学校');
    await fill(el, 'grade', '小学4年');
    await fill(el, 'absent_days', '８');
    await choose(el, 'school_signs', 'frequent_absence');
    await choose(el, 'school_signs', 'hunger');
    await press(el);
    expect($(el, '#signs')).to.equal(null); // the school's own signs replace the general checklist
    expect($(el, 'label[for="free_text"]')!.textContent).to.include('家庭の様子');
    await fill(el, 'free_text', '保護者と連絡が取りにくい。');
    await press(el);
    expect($(el, '#consent')!.closest('fieldset')!.querySelector('legend')!.textContent).to.include(
      '子どもや保護者',
    );
    await choose(el, 'consent', 'not_asked');
    await choose(el, 'follow_up', 'contact');
    await fill(el, 'reporter_name', '担任 山田');
    await fill(el, 'reporter_phone', '045-000-0000');
    await press(el);
    await press(el, 'send');
    const reference = await waitForReceipt(el);
    expect($(el, '.guidance')!.textContent).to.include('こども家庭支援');
    const { body } = await adminRequest<{
      context: string;
      reporter_role: string;
      content: { school: unknown };
    }>(`/v1/admin/reports/${reference}`);
    expect(body).to.include({ context: 'school', reporter_role: 'school' });
    expect(body.content.school).to.deep.equal({
      school_name: '横浜市立寿小学校',
      grade: '小学4年',
      absent_days_last_30: 8,
      school_signs: ['frequent_absence', 'hunger'],
      share_with_child_family_support: true,
    });
  });
});

describe('<tsunagu-concern-report> events, reload warning and form association', () => {
  it('tsunagu-submit / -success carry only {context, urgent}; nothing typed appears in any event', async () => {
    const el = await mountReport({ lang: 'ja' });
    const seen: { type: string; detail: unknown }[] = [];
    for (const type of ['tsunagu-submit', 'tsunagu-success', 'tsunagu-error']) {
      document.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
    }
    await answerAboutSomeone(el);
    await press(el, 'send');
    await waitForReceipt(el);
    expect(seen).to.deep.equal([
      { type: 'tsunagu-submit', detail: { context: 'general', urgent: false } },
      { type: 'tsunagu-success', detail: { context: 'general', urgent: false } },
    ]);
    const all = JSON.stringify(seen);
    for (const typed of [
      '寿町',
      '最近見かけません',
      'naka',
      'mail_piling_up',
      $(el, '#reference')!.textContent.trim(),
    ]) {
      expect(all).to.not.include(typed);
    }
  });

  it('warns before unload while answers are unsent, and not after sending', async () => {
    const el = await mountReport({ lang: 'ja' });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).to.equal(false);
    await choose(el, 'danger_now', 'no');
    expect(unload()).to.equal(true);
    await press(el);
    await answerAboutSomeoneFromPath(el);
    await press(el, 'send');
    await waitForReceipt(el);
    expect(unload()).to.equal(false);
    el.remove();
  });

  it('inside a partner form it adds only the reference, once sent — never the answers', async () => {
    const { apiBase, publishableKey } = await testServer();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <tsunagu-concern-report
          name="report"
          api-base=${apiBase}
          key=${publishableKey}
        ></tsunagu-concern-report>
      </form>`,
    );
    const el = form.querySelector<ConcernReport>('tsunagu-concern-report')!;
    await el.updateComplete;
    await answerAboutSomeone(el);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    await press(el, 'send');
    const reference = await waitForReceipt(el);
    expect([...new FormData(form).entries()]).to.deep.equal([['report_reference', reference]]);
  });
});

async function answerAboutSomeoneFromPath(el: ConcernReport): Promise<void> {
  await choose(el, 'path', 'self');
  await press(el);
  await pick(el, 'ward_id', 'aoba');
  await choose(el, 'concerns', 'work');
  await press(el);
  await choose(el, 'follow_up', 'anonymous');
  await press(el);
  expect($$(el, '.summary-row').length).to.be.greaterThan(2);
}
