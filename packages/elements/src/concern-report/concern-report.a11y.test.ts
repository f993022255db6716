import { expect } from '@open-wc/testing';
import { LOCALES } from '../i18n/registry.js';
import type { ConcernReport } from './concern-report.js';
import { $, choose, fill, mountReport, pick, press, waitForReceipt } from './test-helpers.js';

const axe = (el: ConcernReport) => expect(el).to.be.accessible();

describe('<tsunagu-concern-report> axe, every step in every locale', () => {
  for (const lang of LOCALES) {
    it(`about someone (${lang}): danger branch, each group, errors, review, receipt`, async () => {
      const el = await mountReport({ lang });
      await axe(el);
      await press(el);
      await axe(el); // error summary + inline error
      await choose(el, 'danger_now', 'yes');
      await choose(el, 'danger_kinds', 'medical');
      await axe(el); // call-now block
      await choose(el, 'danger_now', 'no');
      await press(el);
      await choose(el, 'path', 'about_someone');
      await press(el);
      await axe(el);
      await choose(el, 'reporter_role', 'business');
      await press(el);
      await axe(el);
      await choose(el, 'age_group', 'adult_40_64');
      await pick(el, 'ward_id', 'tsurumi');
      await press(el);
      await axe(el);
      await choose(el, 'signs', 'utilities_stopped');
      await fill(el, 'free_text', 'x'.repeat(900));
      await press(el);
      await axe(el); // over-long text with its count
      await fill(el, 'free_text', '電気がついていない');
      await press(el);
      await choose(el, 'consent', 'no');
      await choose(el, 'follow_up', 'contact');
      await axe(el);
      await fill(el, 'reporter_email', 'shop@example.jp');
      await press(el);
      await axe(el); // review
      await press(el, 'send');
      await waitForReceipt(el);
      await axe(el); // receipt
    });

    it(`for myself and school (${lang}): help, contact details, failure box, school fields`, async () => {
      const el = await mountReport({ lang });
      await choose(el, 'danger_now', 'no');
      await press(el);
      await choose(el, 'path', 'self');
      await press(el);
      await axe(el);
      await pick(el, 'ward_id', 'asahi');
      await choose(el, 'concerns', 'housing');
      await press(el);
      await choose(el, 'follow_up', 'contact');
      await choose(el, 'contact_modes', 'visit');
      await axe(el); // every contact field shown
      await fill(el, 'phone', '045-111-2222');
      await press(el);
      el.preview = {
        step: 'review',
        values: { danger_now: 'yes', path: 'self', ward_id: 'asahi', follow_up: 'anonymous' },
        failure: 'network',
      };
      await el.updateComplete;
      expect($(el, '#failure')).to.exist;
      await axe(el);

      const school = await mountReport({ lang, context: 'school' });
      await choose(school, 'danger_now', 'no');
      await press(school);
      await pick(school, 'ward_id', 'naka');
      await press(school);
      await axe(school);
      await choose(school, 'school_signs', 'hunger');
      await press(school);
      await axe(school);
    });
  }
});
