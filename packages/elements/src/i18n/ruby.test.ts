import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { REPORT_MESSAGES } from '../concern-report/messages/index.js';
import { REPORT_LATER } from '../concern-report/messages/later/index.js';
import { SIGNUP_CATALOGUES } from '../watch-signup/messages/index.js';
import { SIGNUP_LATER } from '../watch-signup/messages/later/index.js';
import { SUPPORT_WORDS } from './support-words.js';
import { FINDER_CATALOGUES } from '../window-finder/messages/index.js';
import { withReadings } from './readings.js';
import { SHARED_CATALOGUES } from './registry.js';
import { html, optionText, plain } from './ruby.js';

function mount(template: ReturnType<typeof html>): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box;
}

/** Every message of a catalogue as text (functions called with sample arguments). */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') {
    const sample = { label: 'ラベル', max: 3, min: 1, month: 1, day: 2, weekday: '月', monthShort: '1月' };
    return [String((node as (...a: unknown[]) => unknown)(sample, 'あ', 'い', 'う'))];
  }
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('readings ({漢字|かんじ}) in catalogues', () => {
  it('render as ruby in text, with the reading hidden from screen readers (read once)', () => {
    const box = mount(html`<p>${'{相談|そうだん}できます'}</p>`);
    const rubyEl = box.querySelector('p ruby')!;
    expect(rubyEl.textContent).to.equal('相談そうだん');
    expect(rubyEl.querySelector('rt')!.textContent).to.equal('そうだん');
    expect(rubyEl.querySelector('rt')!.getAttribute('aria-hidden')).to.equal('true');
    expect(box.textContent).not.to.contain('{');
  });

  it('are plain in attributes and words-then-reading in an <option>; properties get the string untouched', () => {
    const box = mount(
      html`<button aria-label=${'{電話|でんわ}する'} title="${'{区|く}'} x">x</button>
        <select>
          <option value="nishi">${'{西区|にしく}'}</option>
        </select>
        <input .placeholder=${'{名前|なまえ}'} />`,
    );
    expect(box.querySelector('button')!.getAttribute('aria-label')).to.equal('電話する');
    expect(box.querySelector('button')!.title).to.equal('区 x');
    expect(box.querySelector('option')!.textContent).to.equal('西区 にしく');
    expect(box.querySelector('option ruby')).to.equal(null);
    expect(box.querySelector('input')!.placeholder).to.equal('{名前|なまえ}');
  });

  it('leave strings without readings as they are', () => {
    expect(plain('電話 {x}')).to.equal('電話 {x}');
    expect(optionText('西区')).to.equal('西区');
    expect(mount(html`<p>${'a|b'}</p>`).innerHTML).not.to.contain('<ruby');
  });

  it('data names get readings only in やさしい日本語', () => {
    expect(withReadings('西区 生活支援課（自立相談支援）', 'ja-x-easy')).to.equal(
      '{西区|にしく} {生活支援課|せいかつしえんか}（{自立相談支援|じりつそうだんしえん}）',
    );
    expect(withReadings('西区役所', 'ja-x-easy')).to.equal('{西区|にしく}{役所|やくしょ}');
    expect(withReadings('西区', 'ja')).to.equal('西区');
  });

  for (const [name, catalogues] of [
    ['shared', SHARED_CATALOGUES],
    ['support words', SUPPORT_WORDS],
    ['report', REPORT_MESSAGES],
    ['report, after its first question', REPORT_LATER],
    ['finder', FINDER_CATALOGUES],
    ['signup', SIGNUP_CATALOGUES],
    ['signup, after its list', SIGNUP_LATER],
  ] as const) {
    it(`${name}: no reading in brackets remains, ja and en carry no reading marks, every mark is well formed`, async () => {
      const all = (await catalogues.all()) as Record<string, unknown>;
      const easy = texts(all['ja-x-easy']);
      expect(easy.filter((t) => /[\u4e00-\u9fff]（[ぁ-ん]+）/.test(t))).to.deep.equal([]);
      expect(easy.some((t) => t.includes('{'))).to.equal(true);
      expect(easy.filter((t) => /[{}|]/.test(plain(t)))).to.deep.equal([]);
      for (const locale of ['ja', 'en'])
        expect(texts(all[locale]).filter((t) => t.includes('{'))).to.deep.equal([]);
    });
  }
});
