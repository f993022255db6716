// What the persona walks check at every step: axe, the language of the widget's words, no bracketed
// readings, and the page height against the screen budgets. Screenshots when TSUNAGU_SHOTS names a folder.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const LANGS = ['ja', 'ja-x-easy', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = process.env.TSUNAGU_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

/** axe over the whole page, shadow roots included (injected by evaluate: the pages' CSP stays in force). */
export async function assertAxeClean(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run();
    return (result.violations as { id: string; nodes: { target: unknown }[] }[]).map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  });
  assert.deepEqual(violations, [], `axe at ${where}`);
}

/**
 * The widgets' words as a person reads them: text of every tsunagu-* shadow root, without ruby readings,
 * styles, and parts marked as being in another language (data shown in Japanese on an English page,
 * language names in their own language).
 */
// Written as source text: tsx would wrap named inner functions in a `__name` helper the page does not have.
// Skipped: ruby readings, styles, hidden text, what is shown as written (the cancel link, marked
// translate="no") and the data's attribution, worded as its licence asks.
const SKIP = 'rt, style, [hidden], [translate="no"], [part~="credits"]';
const WIDGET_TEXT = `(pageLang) => {
  const SKIP = ${JSON.stringify(SKIP)};
  const other = (el) => {
    const tag = el.closest('[lang]')?.getAttribute('lang') ?? '';
    return pageLang === 'en' ? tag.startsWith('ja') : tag !== '' && !tag.startsWith('ja');
  };
  let out = '';
  const walk = (root) => {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const parent = texts.currentNode.parentElement;
      if (!parent || parent.closest(SKIP) || other(parent)) continue;
      out += texts.currentNode.textContent + ' ';
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  for (const el of document.querySelectorAll('*'))
    if (el.localName.startsWith('tsunagu-') && el.shadowRoot) walk(el.shadowRoot);
  return out.replace(/\\s+/g, ' ');
}`;

function widgetText(page: Page, lang: Lang): Promise<string> {
  return page.evaluate(`(${WIDGET_TEXT})(${JSON.stringify(lang)})`);
}

// Latin words a Japanese page may show: addresses and examples typed in Latin, codes, brand names.
const LATIN_OK =
  /^(https?|www|name|example|jp|com|TK|LINE|FAX|Tagalog|English|Português|Tiếng|Việt|NPO|OK|Geolonia|github|japanese|addresses)$/i;

/** What the people in the walks type, and the partners' own names: shown back as written, in any language. */
const AS_WRITTEN = [
  'ことぶきマート 寿町店',
  '寿みなと小学校',
  '山田 花子',
  '佐藤 一郎',
  '毎日来ていた方が、最近はパンを1つだけ買っていきます。',
  '今月の食費がありません。',
  '下の子の世話で休んでいるようです。',
];

/** No English on a ja page, no kana on an en page, no bracketed readings or reading marks anywhere. */
export async function assertLanguage(page: Page, lang: Lang, where: string): Promise<string> {
  let text = await widgetText(page, lang);
  for (const words of AS_WRITTEN) text = text.replaceAll(words, ' ');
  assert.ok(text.trim().length > 0, `no widget text at ${where}`);
  if (lang === 'ja-x-easy')
    assert.doesNotMatch(text, /[\u4e00-\u9fff]（[\u3041-\u3093ー]+）/u, `bracketed reading at ${where}`);
  assert.doesNotMatch(text, /\{[^}|]+\|[^}]+\}/, `reading mark shown as text at ${where}`);
  if (lang === 'en') {
    const kana = text.match(/[\u3041-\u3096\u30a1-\u30fa]+/gu) ?? [];
    assert.deepEqual(kana, [], `kana on the English page at ${where}`);
  } else {
    const latin = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !LATIN_OK.test(w));
    assert.deepEqual(latin, [], `untranslated English on the ${lang} page at ${where}`);
  }
  return text;
}

/** A widget's height against its budget, in screens of the viewport. */
export async function assertHeight(page: Page, tag: string, screens: number, where: string): Promise<void> {
  const { height } = page.viewportSize()!;
  const h = await page.evaluate((t) => document.querySelector(t)!.getBoundingClientRect().height, tag);
  assert.ok(h <= screens * height, `${tag} is ${Math.round(h)} px at ${where} (budget ${screens * height})`);
}

/** Everything a step is held to, and a screenshot when asked for. */
export async function checkStep(page: Page, lang: Lang, where: string): Promise<string> {
  const text = await assertLanguage(page, lang, where);
  await assertAxeClean(page, where);
  if (shots)
    await page.screenshot({ path: `${shots}/${where.replace(/[^\w-]+/g, '_')}.png`, fullPage: true });
  return text;
}
