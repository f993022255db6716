import { expect, fixture, html } from '@open-wc/testing';
import { defineSampleForm, type SampleForm } from '../internal/sample-form.js';
import { baseStyles } from './index.js';
import { TOKEN_DEFAULTS } from './tokens.js';

defineSampleForm();

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channels = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme', () => {
  const t = TOKEN_DEFAULTS;

  it('has text colours of at least 4.5:1 and borders / focus ring of at least 3:1', () => {
    const textPairs: [string, string][] = [
      [t['--tsunagu-color-text'], t['--tsunagu-color-background']],
      [t['--tsunagu-color-text'], t['--tsunagu-color-surface']],
      [t['--tsunagu-color-text-muted'], t['--tsunagu-color-background']],
      [t['--tsunagu-color-text-muted'], t['--tsunagu-color-surface']],
      [t['--tsunagu-color-primary'], t['--tsunagu-color-background']],
      [t['--tsunagu-color-on-primary'], t['--tsunagu-color-primary']],
      [t['--tsunagu-color-error'], t['--tsunagu-color-background']],
      [t['--tsunagu-color-on-emergency'], t['--tsunagu-color-emergency']],
    ];
    for (const [fg, bg] of textPairs) expect(contrast(fg, bg), `${fg} on ${bg}`).to.be.at.least(4.5);
    for (const ui of [t['--tsunagu-color-border'], t['--tsunagu-color-focus']]) {
      expect(contrast(ui, t['--tsunagu-color-background']), ui).to.be.at.least(3);
    }
  });

  it('never sizes anything in rem', () => {
    const sheets = (baseStyles as unknown as { cssText: string }[]).map((sheet) => sheet.cssText);
    const cssText = sheets.join('\n');
    expect(cssText.length).to.be.greaterThan(1000);
    expect(cssText).not.to.match(/\d\s*rem\b/);
  });

  it('takes tokens from the page, 16 px inputs and a 3 px focus ring by default', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--tsunagu-color-primary: #6b0080"><tsunagu-sample-form></tsunagu-sample-form></div>`,
    );
    const widget = wrapper.querySelector<SampleForm>('tsunagu-sample-form')!;
    await widget.updateComplete;
    const button = widget.shadowRoot!.querySelector<HTMLButtonElement>('#send')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(107, 0, 128)');
    const input = widget.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    expect(getComputedStyle(input).fontSize).to.equal('16px');
    input.focus();
    const style = getComputedStyle(input);
    // Programmatic focus on a text input matches :focus-visible.
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });

  it('exposes meaningful parts', async () => {
    const widget = await fixture<SampleForm>(html`<tsunagu-sample-form></tsunagu-sample-form>`);
    const parts = new Set(
      [...widget.shadowRoot!.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(' ')),
    );
    for (const name of [
      'field',
      'label',
      'hint',
      'input',
      'textarea',
      'count',
      'fieldset',
      'legend',
      'choice',
      'select',
      'button',
    ]) {
      expect(parts.has(name), name).to.equal(true);
    }
  });
});
