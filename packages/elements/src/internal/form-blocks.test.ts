import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineSampleForm, type SampleForm } from './sample-form.js';

defineSampleForm();

const root = (form: SampleForm) => form.shadowRoot!;
const $ = <T extends Element = HTMLElement>(form: SampleForm, selector: string) =>
  root(form).querySelector<T>(selector)!;
const focused = (form: SampleForm) => root(form).activeElement;

async function sampleForm(lang = 'ja'): Promise<SampleForm> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><tsunagu-sample-form></tsunagu-sample-form></div>`,
  );
  const form = wrapper.querySelector<SampleForm>('tsunagu-sample-form')!;
  await form.updateComplete;
  return form;
}

async function pressSubmit(form: SampleForm): Promise<void> {
  $(form, '#send').focus();
  await sendKeys({ press: 'Enter' });
  await form.updateComplete;
}

describe('form building blocks', () => {
  it('labels every control in the same shadow root', async () => {
    const form = await sampleForm();
    const labelOf = (selector: string) =>
      $<HTMLInputElement>(form, selector).labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(labelOf('#name')).to.equal('お名前 必須');
    expect(labelOf('#phone')).to.equal('電話番号');
    expect(labelOf('#details')).to.equal('気になったこと');
    expect(labelOf('#ward')).to.equal('区 必須');
    expect(labelOf('#contact-1')).to.equal('メール');
    expect($(form, '#contact').closest('fieldset')!.querySelector('legend')!.textContent).to.include(
      '連絡の方法',
    );
  });

  it('describes fields by their hint, and by their error once invalid', async () => {
    const form = await sampleForm();
    const name = $<HTMLInputElement>(form, '#name');
    expect(name.getAttribute('aria-describedby')).to.equal('name-hint');
    expect(name.hasAttribute('aria-invalid')).to.equal(false);
    await pressSubmit(form);
    expect(name.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    for (const id of name.getAttribute('aria-describedby')!.split(' ')) {
      expect(root(form).getElementById(id), id).to.exist;
    }
    expect($(form, '#name-error').textContent).to.equal('エラー：お名前を入力してください');
    const contactGroup = $(form, '#contact').closest('fieldset')!;
    expect(contactGroup.getAttribute('aria-describedby')).to.equal('contact-error');
    expect($(form, '#contact-error').textContent).to.include('連絡の方法を選んでください');
    const details = $(form, '#details');
    expect(details.getAttribute('aria-describedby')).to.equal('details-count-hint');
    expect($(form, '#details-count-hint').textContent).to.equal('20文字以内で入力してください。');
  });

  it('takes typed text from the keyboard', async () => {
    const form = await sampleForm();
    $(form, '#name').focus();
    await sendKeys({ type: '山田' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '045-000-0000' });
    expect(form.values.name).to.equal('山田');
    expect(form.values.phone).to.equal('045-000-0000');
  });

  it('counts characters visibly and announces the count politely after a pause', async () => {
    const form = await sampleForm();
    $(form, '#details').focus();
    await sendKeys({ type: 'abc' });
    await form.updateComplete;
    const count = $(form, '[part="count"]');
    expect(count.getAttribute('aria-hidden')).to.equal('true');
    expect(count.textContent.trim()).to.equal('あと17文字入力できます');
    const polite = $(form, '[part="live-polite"]');
    await waitUntil(() => polite.textContent === 'あと17文字入力できます', 'count was not announced', {
      timeout: 4000,
    });
    await sendKeys({ type: 'x'.repeat(20) });
    await form.updateComplete;
    expect(count.textContent.trim()).to.equal('3文字多すぎます');
    expect(count.classList.contains('over')).to.equal(true);
    expect($(form, '#details').getAttribute('aria-invalid')).to.equal('true');
  });

  it('operates radios with Tab, Space and arrow keys', async () => {
    const form = await sampleForm();
    $(form, '#details').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(form)?.id).to.equal('contact');
    await sendKeys({ press: 'Space' });
    expect(form.values.contact).to.equal('phone');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(form)?.id).to.equal('contact-1');
    expect(form.values.contact).to.equal('mail');
    await sendKeys({ press: 'ArrowUp' });
    expect(form.values.contact).to.equal('phone');
    // Tab leaves the radio group for the first checkbox.
    await sendKeys({ press: 'Tab' });
    expect(focused(form)?.id).to.equal('signs');
  });

  it('ticks checkboxes with Space', async () => {
    const form = await sampleForm();
    $(form, '#signs').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(form.values.signs).to.deep.equal(['mail_piling_up', 'not_seen_lately']);
    await sendKeys({ press: 'Space' });
    expect(form.values.signs).to.deep.equal(['mail_piling_up']);
  });

  it('chooses a select option from the keyboard', async () => {
    const form = await sampleForm();
    $(form, '#ward').focus();
    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    expect(form.values.ward).to.equal('naka');
    expect($<HTMLSelectElement>(form, '#ward').value).to.equal('naka');
  });

  it('moves focus to the error summary after a failed submit, each link focusing its field', async () => {
    const form = await sampleForm();
    await pressSubmit(form);
    const summary = $(form, '#error-summary');
    expect(focused(form)).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect($(form, '#error-summary-title').textContent).to.equal('入力内容を確認してください');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#name',
      '#contact',
      '#ward',
      '#consent',
    ]);
    expect(links[0]!.textContent).to.equal('お名前を入力してください');

    await sendKeys({ press: 'Tab' });
    expect(focused(form)).to.equal(links[0]);
    await sendKeys({ press: 'Enter' });
    expect(focused(form)?.id).to.equal('name');
    links[1]!.click();
    expect(focused(form)?.id).to.equal('contact');
    links[2]!.click();
    expect(focused(form)?.id).to.equal('ward');
    expect(location.hash).to.equal('');
  });

  it('re-words errors when the language changes', async () => {
    const form = await sampleForm();
    await pressSubmit(form);
    form.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => $(form, '#error-summary-title').textContent === 'There is a problem');
    expect($(form, '#name-error').textContent).to.equal('Error: Enter name');
    form.parentElement!.setAttribute('lang', 'ja-x-easy');
    await waitUntil(() => $(form, '#error-summary-title').textContent === 'なおす ところが あります');
    expect($(form, '#name-error').textContent).to.equal('なおしてください：名前なまえを 書いてください');
    expect($(form, '#name-error ruby rt')?.textContent).to.equal('なまえ');
  });

  it('clears a field’s error once it is corrected and removes the summary when all are fixed', async () => {
    const form = await sampleForm();
    await pressSubmit(form);
    form.set('name', '山田');
    await form.updateComplete;
    expect(root(form).getElementById('name-error')).to.equal(null);
    form.set('contact', 'mail');
    form.set('ward', 'naka');
    form.set('consent', true);
    await form.updateComplete;
    expect(root(form).getElementById('error-summary')).to.equal(null);
  });

  it('keeps a busy button focusable, ignores presses and tells screen readers', async () => {
    const form = await sampleForm();
    Object.assign(form.values, { name: '山田', contact: 'phone', ward: 'naka', consent: true });
    await pressSubmit(form);
    expect(form.sent).to.equal(1);
    const button = $<HTMLButtonElement>(form, '#send');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(focused(form)).to.equal(button);
    expect(button.querySelector('.visually-hidden')!.textContent).to.equal(
      '送信しています。しばらくお待ちください。',
    );
    await sendKeys({ press: 'Enter' });
    button.click();
    expect(form.sent).to.equal(1);
    await waitUntil(
      () => $(form, '[part="live-polite"]').textContent === '送信しています。しばらくお待ちください。',
    );
  });
});
