// The same concern code is one thing, named once: the report's question and the finder's filter and cards
// show the same words for it in every locale (they once said ひとりぼっち here and 頼れる人がいない there).
import { expect } from '@open-wc/testing';
import { CONCERNS } from '@tsunagu/schema/triage';
import { choose, mountReport, press, $$ as reportAll } from '../concern-report/test-helpers.js';
import { LOCALES } from '../i18n/registry.js';
import { $$ as finderAll, finder } from '../window-finder/test-helpers.js';

/** Each concern checkbox's visible label (readings left out), by its code. */
function labels(inputs: HTMLInputElement[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of inputs) {
    const root = input.getRootNode() as ShadowRoot;
    const clone = root.querySelector(`label[for="${input.id}"]`)!.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('rt').forEach((rt) => rt.remove());
    out[input.value] = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return out;
}

describe('one label per concern code', () => {
  for (const lang of LOCALES) {
    it(`${lang}: the report and the finder name every concern the same way`, async () => {
      const found = await finder({ lang, attrs: { ward: 'naka' } });
      const inFinder = labels(finderAll<HTMLInputElement>(found, 'input[name="concerns"]'));

      const report = await mountReport({ lang });
      await choose(report, 'danger_now', 'no');
      await press(report);
      await choose(report, 'path', 'self');
      await press(report);
      const inReport = labels(reportAll<HTMLInputElement>(report, 'input[name="concerns"]'));

      expect(Object.keys(inReport).sort()).to.deep.equal([...CONCERNS].sort());
      expect(inFinder).to.deep.equal(inReport);
      expect(new Set(Object.values(inReport)).size).to.equal(CONCERNS.length); // no two codes share words
    });
  }
});
