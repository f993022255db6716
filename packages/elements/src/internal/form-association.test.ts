import { expect, fixture, html } from '@open-wc/testing';
import { defineSampleForm, type SampleForm } from './sample-form.js';

defineSampleForm();

async function inPartnerForm(): Promise<{ form: HTMLFormElement; widget: SampleForm }> {
  const form = await fixture<HTMLFormElement>(
    html`<form lang="ja">
      <input name="partner" value="kept" /><tsunagu-sample-form name="report"></tsunagu-sample-form>
    </form>`,
  );
  const widget = form.querySelector<SampleForm>('tsunagu-sample-form')!;
  await widget.updateComplete;
  return { form, widget };
}

describe('TsunaguFormElement', () => {
  it("submits the widget's values with a partner's <form>", async () => {
    const { form, widget } = await inPartnerForm();
    expect(widget.form).to.equal(form);
    widget.set('name', '山田');
    widget.set('signs', ['mail_piling_up', 'not_seen_lately']);
    widget.set('consent', true);
    const data = new FormData(form);
    expect(data.get('partner')).to.equal('kept');
    expect(data.get('name')).to.equal('山田');
    expect(data.getAll('signs')).to.deep.equal(['mail_piling_up', 'not_seen_lately']);
    expect(data.get('consent')).to.equal('yes');
  });

  it('mirrors the error summary into the form validity', async () => {
    const { form, widget } = await inPartnerForm();
    expect(widget.checkValidity()).to.equal(true);
    widget.shadowRoot!.querySelector<HTMLButtonElement>('#send')!.click();
    await widget.updateComplete;
    expect(widget.validity.customError).to.equal(true);
    expect(widget.validationMessage).to.equal('お名前を入力してください');
    expect(form.checkValidity()).to.equal(false);
    widget.set('name', '山田');
    widget.set('contact', 'phone');
    widget.set('ward', 'naka');
    widget.set('consent', true);
    await widget.updateComplete;
    expect(widget.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('empties its fields and errors when the partner form is reset', async () => {
    const { form, widget } = await inPartnerForm();
    widget.set('phone', 'abc');
    widget.shadowRoot!.querySelector<HTMLButtonElement>('#send')!.click();
    await widget.updateComplete;
    form.reset();
    await widget.updateComplete;
    expect(widget.values.phone).to.equal('');
    expect(widget.shadowRoot!.querySelector('#error-summary')).to.equal(null);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.value).to.equal('');
    expect(new FormData(form).get('phone')).to.equal('');
    expect(widget.validity.valid).to.equal(true);
  });

  it('restores its fields from saved form state', async () => {
    const { form, widget } = await inPartnerForm();
    const saved = new FormData();
    saved.append('name', '佐藤');
    saved.append('signs', 'not_seen_lately');
    saved.append('consent', 'yes');
    widget.formStateRestoreCallback(saved);
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('佐藤');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#signs-1')!.checked).to.equal(true);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.checked).to.equal(true);
    expect(new FormData(form).get('name')).to.equal('佐藤');
  });

  it('follows a disabled fieldset around it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset><tsunagu-sample-form></tsunagu-sample-form></fieldset>
      </form>`,
    );
    const fieldset = form.querySelector('fieldset')!;
    const widget = fieldset.querySelector<SampleForm>('tsunagu-sample-form')!;
    fieldset.disabled = true;
    await widget.updateComplete;
    expect(widget.effectivelyDisabled).to.equal(true);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#name')!.disabled).to.equal(true);
    fieldset.disabled = false;
    await widget.updateComplete;
    expect(widget.effectivelyDisabled).to.equal(false);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#name')!.disabled).to.equal(false);
  });
});
