import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Activity, Page } from '@tsunagu/schema';
import { LOCALES } from '../i18n/registry.js';
import { plain } from '../i18n/ruby.js';
import type { SignupApi } from './api.js';
import { $, createActivity, openActivity, signupWidget, submit, text, tick, type } from './test-support.js';
import type { WatchSignup } from './watch-signup.js';
import '../define/watch-signup.js';

/** An API whose list answers with `list()`; everything else is unused here. */
function fakeApi(list: () => Promise<Page<Activity>>): SignupApi {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    listActivities: list,
    getActivity: unused,
    listWards: () => Promise.resolve([{ id: 'naka', name: '中区', name_en: 'Naka' }]),
    createSignup: unused,
    cancelSignup: unused,
  };
}

async function withApi(api: SignupApi, lang = 'ja'): Promise<WatchSignup> {
  return fixture<WatchSignup>(html`<tsunagu-watch-signup lang=${lang} .api=${api}></tsunagu-watch-signup>`);
}

describe('<tsunagu-watch-signup> states', () => {
  it('loading: says so, busy, accessible', async () => {
    const el = await withApi(fakeApi(() => new Promise(() => undefined)));
    expect(el.listStatus).to.equal('loading');
    expect($(el, '.loading').getAttribute('aria-busy')).to.equal('true');
    expect(text(el)).to.contain('活動を読み込んでいます');
    await expect(el).to.be.accessible();
  });

  it('error: explains, announces, and "try again" loads the list', async () => {
    let fail = true;
    const el = await withApi(
      fakeApi(() =>
        fail ? Promise.reject(new TypeError('offline')) : Promise.resolve({ data: [], next_cursor: null }),
      ),
    );
    await waitUntil(() => el.listStatus === 'error');
    await el.updateComplete;
    expect(text(el)).to.contain('活動を読み込めませんでした');
    await waitUntil(() => el.announcer.assertiveText.includes('読み込めませんでした'));
    await expect(el).to.be.accessible();
    fail = false;
    $(el, '.error-notice button').click();
    await waitUntil(() => el.listStatus === 'ready');
    await el.updateComplete;
    expect(text(el)).to.contain('条件に合う活動は、いまはありません');
  });

  it('empty: a real ward and type with nothing planned', async () => {
    const el = await signupWidget({ ward: 'tsurumi', types: 'community_place' });
    expect(el.activities).to.have.length(0);
    expect(text(el)).to.contain('条件に合う活動は、いまはありません');
    await expect(el).to.be.accessible();
  });

  it('`types` limits the type filter; choosing a type and a ward filters the list', async () => {
    const watch = await createActivity({ ward_id: 'minami', type: 'watch' });
    const training = await createActivity({ ward_id: 'minami', type: 'training', online: true, place: null });
    const el = await signupWidget({ ward: 'minami', types: 'watch training' });
    const typeOptions = [...$<HTMLSelectElement>(el, '#type').options].map((o) => o.value);
    expect(typeOptions).to.deep.equal(['', 'watch', 'training']);
    expect($<HTMLSelectElement>(el, '#ward').value).to.equal('minami');
    expect(el.activities.map((a) => a.id)).to.include.members([watch.id, training.id]);
    const select = $<HTMLSelectElement>(el, '#type');
    select.value = 'training';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.listStatus === 'ready' && !el.activities.some((a) => a.type !== 'training'));
    expect(el.activities.map((a) => a.id)).to.include(training.id);
    await el.updateComplete;
    expect($(el, `[data-activity="${training.id}"]`).closest('li')!.textContent).to.contain('オンライン');
    const ward = $<HTMLSelectElement>(el, '#ward');
    ward.value = 'tsurumi';
    ward.dispatchEvent(new Event('change'));
    await waitUntil(() => el.listStatus === 'ready' && !el.activities.some((a) => a.id === training.id));
  });

  it('keyboard only: choose an activity, fill the form, submit', async () => {
    const activity = await createActivity({
      ward_id: 'asahi',
      allow_organisations: false,
      requirements: { min_age: 18 },
    });
    const el = await signupWidget({ ward: 'asahi' });
    $(el, `[data-activity="${activity.id}"]`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await sendKeys({ type: 'Keyboard Person' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
    await sendKeys({ type: '045-222-3333' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('terms_accepted');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'done', 'not signed up', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    // back to the list: focus returns to an activity, not to the top of the page
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.confirmation button')].at(-1)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'list' && el.listStatus === 'ready', 'no list', { timeout: 8000 });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-activity') === activity.id);
  });

  it('the back button returns focus to the activity the person opened', async () => {
    const activity = await createActivity({ ward_id: 'totsuka' });
    const el = await signupWidget({ ward: 'totsuka' });
    await openActivity(el, activity.id);
    $(el, '.back').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-activity')).to.equal(activity.id);
  });

  for (const lang of LOCALES) {
    it(`${lang}: every view speaks the language and is axe-clean`, async () => {
      const activity = await createActivity({
        ward_id: 'nishi',
        capacity: 1,
        signup_fields: ['phone', 'age', 'experience', 'languages', 'address_ward'],
      });
      const el = await signupWidget({ ward: 'nishi', lang });
      const words = el.m; // the list's words; the later pages' come with the later part (el.m then has them)
      expect(text(el)).to.contain(plain(words.title));
      expect(text(el)).to.contain(plain(words.list.seatsLeft(1)));
      await expect(el).to.be.accessible();
      await openActivity(el, activity.id);
      expect(text(el)).to.contain(lang === 'en' ? activity.title_en : activity.title);
      await expect(el).to.be.accessible();
      await tick(el, 'kind-1');
      await submit(el); // empty: the error summary and inline errors
      expect(text(el)).to.contain(el.i18n.m.errorSummary.title);
      await expect(el).to.be.accessible();
      await tick(el, 'kind'); // back to a person: the age and guardian questions
      await type(el, 'name', 'Test');
      await type(el, 'phone', '045-333-4444');
      await type(el, 'age', '16');
      await type(el, 'guardian_name', 'Guardian');
      await tick(el, 'guardian_consent');
      await type(el, 'experience', 'なし');
      await tick(el, 'languages');
      const ward = $<HTMLSelectElement>(el, '#address_ward');
      ward.value = 'nishi';
      ward.dispatchEvent(new Event('change'));
      await tick(el, 'terms_accepted');
      await expect(el).to.be.accessible();
      await submit(el);
      expect(el.view, JSON.stringify(el.errorSummaryItems())).to.equal('done');
      expect(text(el)).to.contain(plain(el.m.done.confirmedHeading));
      await expect(el).to.be.accessible();
      // cancel view
      window.location.hash = new URL($<HTMLAnchorElement>(el, '#cancel-link').href).hash;
      await waitUntil(() => el.view === 'cancel');
      await waitUntil(
        () => text(el).includes((lang === 'en' && activity.title_en) || activity.title),
        'the cancel question names the activity',
      );
      expect(text(el)).to.contain(plain(el.m.cancel.heading));
      await expect(el).to.be.accessible();
      $(el, '#confirm-cancel').click();
      await waitUntil(() => el.cancelStatus === 'done');
      await el.updateComplete;
      expect(text(el)).to.contain(plain(el.m.cancel.doneHeading));
      await expect(el).to.be.accessible();
    });
  }

  it('follows a live change of `lang`', async () => {
    const el = await signupWidget({ ward: 'naka', lang: 'ja' });
    expect(text(el)).to.contain('地域の活動に参加する');
    el.setAttribute('lang', 'en');
    await waitUntil(() => text(el).includes('Take part in local activities'));
  });
});
