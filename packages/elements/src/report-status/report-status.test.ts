import { expect, fixture, html } from '@open-wc/testing';
import { adminRequest, testServer } from '../testing/server.js';
import { answerAboutSomeone, mountReport, press, waitForReceipt } from '../concern-report/test-helpers.js';
import type { ReportStatus } from './report-status.js';
import '../define/report-status.js';

async function mountStatus(lang: string, reference = ''): Promise<ReportStatus> {
  const { apiBase, publishableKey } = await testServer();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <tsunagu-report-status
        api-base=${apiBase}
        key=${publishableKey}
        reference=${reference}
      ></tsunagu-report-status>
    </div>`,
  );
  const el = wrapper.querySelector('tsunagu-report-status')!;
  await el.updateComplete;
  return el;
}

async function type(el: ReportStatus, id: string, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

async function check(el: ReportStatus) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('#check')!.click();
  await el.updateComplete; // the previous outcome is cleared first
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('#status-outcome, #error-summary'); i++) {
    await new Promise((r) => setTimeout(r, 30));
  }
  await el.updateComplete;
}

describe('<tsunagu-report-status>', () => {
  it('shows only the status for a reference and check code (any spelling), and follows a status change', async () => {
    const report = await mountReport({ lang: 'ja' });
    await answerAboutSomeone(report);
    await press(report, 'send');
    const reference = await waitForReceipt(report);
    const code = report.shadowRoot!.querySelector('#check-code')!.textContent.trim();

    const el = await mountStatus('ja');
    await type(el, 'reference', reference.toLowerCase().replace(/-/g, ' '));
    await type(el, 'check_code', code.toLowerCase());
    await check(el);
    const outcome = el.shadowRoot!.querySelector('#status-outcome')!;
    expect(outcome.textContent).to.include('受け付けました');
    expect(outcome.textContent).to.not.include('寿町');
    expect(el.shadowRoot!.activeElement).to.equal(outcome);
    await expect(el).to.be.accessible();

    await adminRequest(`/v1/admin/reports/${reference}/status`, {
      method: 'POST',
      body: { status: 'connected' },
    });
    await check(el);
    expect(el.shadowRoot!.querySelector('#status-outcome')!.textContent).to.include(
      '相談窓口や支援につながりました',
    );
  });

  it('a wrong check code says "not right" without telling which; bad formats are field errors (en)', async () => {
    const el = await mountStatus('en', 'TK-2222-2222');
    await type(el, 'check_code', 'ABC');
    await check(el);
    expect(
      [...el.shadowRoot!.querySelectorAll('#error-summary a')].map((a) => a.getAttribute('href')),
    ).to.deep.equal(['#check_code']);
    await type(el, 'check_code', 'ABCDEF');
    await check(el);
    expect(el.shadowRoot!.querySelector('#status-outcome')!.textContent).to.include('is not right');
    await expect(el).to.be.accessible();
    // the next check's own problem replaces the old answer: no stale "not right" beside the field error
    await type(el, 'check_code', '');
    await check(el);
    expect(el.shadowRoot!.querySelector('#error-summary')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('#status-outcome')).to.equal(null);
  });
});
