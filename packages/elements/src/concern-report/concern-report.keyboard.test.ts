import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { referencePattern } from '@tsunagu/schema';
import type { ConcernReport } from './concern-report.js';
import { $, heading, mountReport, waitForReceipt } from './test-helpers.js';

const active = (el: ConcernReport) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab (only Tab) until the element with `id` has focus. */
async function tabTo(el: ConcernReport, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (active(el)?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id} (at ${active(el)?.id ?? 'nothing'})`);
}

async function press(key: string, el: ConcernReport): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<tsunagu-concern-report> keyboard only', () => {
  it('completes the "for myself" path with Tab, arrows, Space, typing and Enter', async () => {
    const el = await mountReport({ lang: 'ja' });
    await tabTo(el, 'danger_now');
    await press('ArrowDown', el); // 'はい' → 'いいえ'
    expect($<HTMLInputElement>(el, 'input[name="danger_now"][value="no"]')!.checked).to.equal(true);
    await tabTo(el, 'next');
    await press('Enter', el);
    expect(active(el)?.id).to.equal('step-heading');

    await tabTo(el, 'path');
    await press('ArrowDown', el);
    expect($<HTMLInputElement>(el, 'input[name="path"][value="self"]')!.checked).to.equal(true);
    await tabTo(el, 'next');
    await press('Enter', el);
    expect(heading(el)).to.equal('相談したいこと');

    await tabTo(el, 'concerns');
    await press('Space', el);
    await tabTo(el, 'ward_id');
    await waitUntil(() => $<HTMLSelectElement>(el, '#ward_id')!.options.length > 1);
    await press('ArrowDown', el);
    expect($<HTMLSelectElement>(el, '#ward_id')!.value).to.not.equal('');
    await tabTo(el, 'free_text');
    await sendKeys({ type: 'help with rent' });
    await press('Enter', el); // a newline in the textarea, not a submit
    expect(heading(el)).to.equal('相談したいこと');
    await tabTo(el, 'next');
    await press('Enter', el);
    expect(heading(el)).to.equal('連絡のしかた');

    await tabTo(el, 'follow_up');
    await press('Space', el);
    await tabTo(el, 'contact_modes');
    await press('Space', el);
    await tabTo(el, 'phone');
    await sendKeys({ type: '045-123-4567' });
    await press('Enter', el); // Enter in a text field continues, like any form
    expect(heading(el)).to.equal('送る前に確認してください');

    await tabTo(el, 'send');
    await press('Enter', el);
    const reference = await waitForReceipt(el);
    expect(reference).to.match(referencePattern);
    expect(active(el)?.id).to.equal('receipt-heading');
  });

  it('error summary links move focus to the field, by keyboard', async () => {
    const el = await mountReport({ lang: 'en' });
    await tabTo(el, 'next');
    await press('Enter', el);
    expect(active(el)?.id).to.equal('error-summary');
    await press('Tab', el);
    await press('Enter', el);
    expect(active(el)?.id).to.equal('danger_now');
  });
});
