import { expect, fixture, html } from '@open-wc/testing';
import { defineSampleForm, type SampleForm } from './sample-form.js';

defineSampleForm();

// The kind of CSS a partner page may already have: global resets, a tiny root font size, hidden inputs.
const HOSTILE_CSS = `
  * { all: unset; }
  html { font-size: 10px; }
  body { font: 10px/1 serif; color: #f0f; letter-spacing: 5px; text-transform: uppercase; line-height: 1; }
  input, select, textarea, label, button { display: none !important; }
  div, p, fieldset { visibility: hidden; font-size: 8px !important; }
  tsunagu-sample-form { font-size: 9px; color: #ff0; line-height: 0.5; }
`;

describe('on a hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('still renders visible, readable controls with 16 px input text', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ja"><tsunagu-sample-form></tsunagu-sample-form></div>`,
    );
    const widget = wrapper.querySelector<SampleForm>('tsunagu-sample-form')!;
    await widget.updateComplete;
    const root = widget.shadowRoot!;
    for (const selector of ['#name', '#details', '#ward', '#contact', '#send']) {
      const control = root.querySelector<HTMLElement>(selector)!;
      expect(control.offsetHeight, selector).to.be.greaterThan(0);
      expect(getComputedStyle(control).display, selector).not.to.equal('none');
      expect(getComputedStyle(control).visibility, selector).to.equal('visible');
    }
    for (const selector of ['#name', '#details', '#ward']) {
      expect(parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize), selector).to.be.at.least(
        16,
      );
    }
    const label = root.querySelector<HTMLLabelElement>('label[for="name"]')!;
    expect(label.offsetHeight).to.be.greaterThan(0);
    expect(label.textContent).to.include('お名前');
    const labelStyle = getComputedStyle(label);
    expect(parseFloat(labelStyle.fontSize)).to.be.at.least(16);
    expect(labelStyle.textTransform).to.equal('none');
    expect(labelStyle.letterSpacing).to.equal('normal');
    expect(labelStyle.color).to.equal('rgb(26, 26, 26)');
    expect(parseFloat(labelStyle.lineHeight)).to.be.greaterThan(20);
  });
});
