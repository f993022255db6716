import { expect, waitUntil } from '@open-wc/testing';
import { referencePattern } from '@tsunagu/schema';
import { adminRequest } from '../testing/server.js';
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

interface Detail {
  path: string;
  ward_id: string;
  consent: string;
  reporter_role: string;
  urgent: boolean;
  context: string;
  signs: string[];
  concerns: string[];
  content: Record<string, unknown>;
}

describe('<tsunagu-concern-report> end to end against the real server', () => {
  it('about someone: every question group, review, send, receipt; the server stores exactly the answers', async () => {
    const el = await mountReport({ lang: 'ja' });
    expect(heading(el)).to.equal('はじめに、安全の確認');
    await answerAboutSomeone(el);
    expect(heading(el)).to.equal('送る前に確認してください');
    const answers = $$(el, '.summary-row').map((row) => row.textContent.replace(/\s+/g, ' '));
    expect(answers.join('\n'))
      .to.include('寿町')
      .and.include('郵便物や新聞がたまっている')
      .and.include('まだ聞いていない');
    await press(el, 'send');
    const reference = await waitForReceipt(el);
    expect(reference).to.match(referencePattern);
    expect(el.shadowRoot!.activeElement?.id).to.equal('receipt-heading');
    expect($(el, '#check-code')!.textContent.trim()).to.match(/^[2-9A-HJ-NP-Z]{6}$/);
    expect($(el, '.guidance')!.textContent).to.include('ご本人の同意がないため');

    const { status, body } = await adminRequest<Detail>(`/v1/admin/reports/${reference}`);
    expect(status).to.equal(200);
    expect(body).to.include({
      path: 'about_someone',
      ward_id: 'naka',
      consent: 'not_asked',
      reporter_role: 'neighbour',
      urgent: false,
    });
    expect(body.signs).to.deep.equal(['mail_piling_up']);
    expect(body.concerns).to.deep.equal(['isolation']);
    expect(body.content).to.include({
      town: '寿町',
      anonymous: true,
      free_text: '最近見かけません。郵便受けがいっぱいです。',
    });
  });

  it('for myself (English): contact preferences travel, and the receipt says the ward will contact me', async () => {
    const el = await mountReport({ lang: 'en' });
    await choose(el, 'danger_now', 'no');
    await press(el);
    await choose(el, 'path', 'self');
    await press(el);
    expect(heading(el)).to.equal('What you would like help with');
    expect($(el, '.progress')!.textContent).to.equal('Question 3 of 5');
    await choose(el, 'concerns', 'housing');
    await choose(el, 'concerns', 'money_debt');
    await pick(el, 'ward_id', 'minami');
    await press(el);
    await choose(el, 'follow_up', 'contact');
    await choose(el, 'contact_modes', 'phone');
    await fill(el, 'phone', '０９０−１２３４−５６７８');
    await choose(el, 'safe_to_call', 'no');
    await choose(el, 'no_message', 'on');
    await pick(el, 'time_window', 'evening');
    await pick(el, 'language', 'vi');
    await press(el);
    expect(heading(el)).to.equal('Check your answers before sending');
    await press(el, 'send');
    const reference = await waitForReceipt(el);
    expect($(el, '.guidance')!.textContent).to.include(
      'The ward team will contact you in the way you chose.',
    );
    expect($(el, '.programs')!.textContent).to.include('Help with rent');
    // the person asked for help: thanked for that, not for "letting us know", and not offered another "concern"
    const receiptText = $(el, '[part="receipt"]')!.textContent.replace(/\s+/g, ' ');
    expect(receiptText).to.include('We have received your request for help.');
    expect(receiptText).not.to.include('letting us know');
    expect($(el, '#new-report')).to.equal(null);
    // their ward's window, with its phone, so nobody is left without a next step
    await waitUntil(() => $(el, '#receipt-help .help-office'), 'no ward office on the receipt');
    expect($(el, '#receipt-help .help-office')!.textContent).to.include('Minami');
    expect($(el, '#receipt-help .help-office a')!.getAttribute('href')).to.match(/^tel:045/);
    expect(getComputedStyle($(el, '#reference')!).whiteSpace).to.equal('nowrap');
    const { body } = await adminRequest<Detail>(`/v1/admin/reports/${reference}`);
    expect(body).to.include({ path: 'self', reporter_role: 'self', consent: 'yes', ward_id: 'minami' });
    expect(body.content.contact).to.deep.equal({
      modes: ['phone'],
      phone: '090-1234-5678',
      safe_to_call: false,
      no_message: true,
      time_window: 'evening',
      language: 'vi',
    });
  });

  it('a school page: its name fills 学校名, the ward is preset, and a hungry child brings food support', async () => {
    const el = await mountReport({ lang: 'ja', context: 'school', organisation: '横浜市立寿小学校' });
    el.setAttribute('ward', 'naka');
    await el.updateComplete;
    await choose(el, 'danger_now', 'no');
    await press(el);
    expect($<HTMLSelectElement>(el, '#ward_id')!.value).to.equal('naka');
    await choose(el, 'age_group', 'child_6_12');
    await press(el);
    expect($<HTMLInputElement>(el, '#school_name')!.value).to.equal('横浜市立寿小学校');
    await choose(el, 'school_signs', 'hunger');
    await press(el);
    await press(el);
    await choose(el, 'consent', 'not_asked');
    await choose(el, 'follow_up', 'anonymous');
    await press(el);
    await press(el, 'send');
    await waitForReceipt(el);
    expect($(el, '.guidance')!.textContent).to.include('子ども食堂');
    const programs = $(el, '.programs')!.textContent;
    expect(programs).to.include('子どもの勉強と居場所');
    expect(programs).not.to.include('泊まる場所');
  });

  it('the town box suggests towns (the finder’s) and a town in one ward sets the ward', async () => {
    const el = await mountReport({ lang: 'ja' });
    await choose(el, 'danger_now', 'no');
    await press(el);
    await choose(el, 'path', 'about_someone');
    await press(el);
    await choose(el, 'reporter_role', 'neighbour');
    await press(el);
    await fill(el, 'town', '寿町');
    await waitUntil(() => $$(el, '[role="option"]').length > 0, 'no town suggestions', { timeout: 5000 });
    expect($$(el, '[role="option"]')[0]!.textContent.trim()).to.equal('寿町一丁目（中区）');
    // every 寿町 block is in 中区: the ward is chosen for the person, and they are told so
    expect($<HTMLSelectElement>(el, '#ward_id')!.value).to.equal('naka');
    expect($(el, '#town-status')!.textContent).to.include('中区の町です');
    await choose(el, 'age_group', 'senior_65_plus');
    await press(el);
    expect(heading(el)).to.equal('気づいたこと');
  });

  it('a neighbour reporting from a shop’s page is not stamped with the shop’s name', async () => {
    const el = await mountReport({ lang: 'ja', organisation: 'コンビニ寿町店' });
    await answerAboutSomeone(el, 'naka', 'neighbour');
    const review = $$(el, '.summary-row')
      .map((r) => r.textContent)
      .join();
    expect(review).to.include('近所の人');
    expect(review).not.to.include('コンビニ寿町店');
  });

  it('the organisation attribute pre-fills the reporter’s organisation, and the review can change an answer', async () => {
    const el = await mountReport({ lang: 'ja', organisation: 'コンビニ寿町店' });
    await answerAboutSomeone(el, 'naka', 'business');
    expect(
      $$(el, '.summary-row')
        .map((r) => r.textContent)
        .join(),
    ).to.include('コンビニ寿町店');
    const townRow = $$(el, '.summary-row').find(
      (row) => row.textContent.includes('寿町') && row.textContent.includes('場所'),
    )!;
    townRow.querySelector('button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(heading(el)).to.equal('気になる方について');
    expect(el.shadowRoot!.activeElement?.id).to.equal('ward_id');
    expect($(el, '#next')!.textContent).to.include('確認画面に戻る');
    await fill(el, 'town', '松影町');
    await press(el);
    expect(heading(el)).to.equal('送る前に確認してください');
    expect(
      $$(el, '.summary-row')
        .map((r) => r.textContent)
        .join(),
    ).to.include('松影町');
    // a short answer's row is one or two lines: no template whitespace rendered as blank underlined lines
    // under 変更 (white-space: pre-wrap), which made every row ~100 px tall
    for (const row of $$(el, '.summary-row')) {
      if ((row.querySelector('.answer')?.textContent ?? '').length > 12) continue;
      const lineHeight = parseFloat(getComputedStyle(row).lineHeight) || 24;
      expect(row.getBoundingClientRect().height, row.textContent ?? '').to.be.below(2.6 * lineHeight + 16);
    }
  });

  it('the receipt copies the reference with its check code and "send another" starts again empty', async () => {
    const el = await mountReport({ lang: 'ja' });
    await answerAboutSomeone(el);
    await press(el, 'send');
    const reference = await waitForReceipt(el);
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = (text: string) => {
      copied = text;
      return Promise.resolve();
    };
    try {
      $<HTMLButtonElement>(el, '#copy')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    } finally {
      clipboard.writeText = original;
    }
    // both: the status check needs the reference and the check code together
    const checkCode = $(el, '#check-code')!.textContent.trim();
    expect(checkCode).to.match(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(copied).to.equal(`受付番号：${reference} 確認コード：${checkCode}`);
    expect($(el, '.copy-state')!.textContent).to.equal('コピーしました');
    $<HTMLButtonElement>(el, '#new-report')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(heading(el)).to.equal('はじめに、安全の確認');
    expect($<HTMLInputElement>(el, 'input[name="danger_now"][value="no"]')!.checked).to.equal(false);
    expect(el.hasUnsentInput).to.equal(false);
  });
});
