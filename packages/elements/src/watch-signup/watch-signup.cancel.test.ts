import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { adminRequest, testServer } from '../testing/server.js';
import { $, createActivity, openActivity, signupWidget, submit, text, tick, type } from './test-support.js';
import type { WatchSignup } from './watch-signup.js';

async function signUp(el: WatchSignup, activityId: string, name: string): Promise<string> {
  await openActivity(el, activityId);
  await type(el, 'name', name);
  await type(el, 'phone', '045-111-2222');
  await tick(el, 'terms_accepted');
  await submit(el);
  return $<HTMLAnchorElement>(el, '#cancel-link').href;
}

describe('<tsunagu-watch-signup> cancelling by link', () => {
  afterEach(() => history.replaceState(null, '', window.location.pathname + window.location.search));

  it('the link opens cancel mode, clears the fragment, cancels and promotes the first waiting', async () => {
    const activity = await createActivity({ capacity: 1, ward_id: 'isogo' });
    const first = await signupWidget({ ward: 'isogo' });
    const link = await signUp(first, activity.id, '先に申し込んだ人');
    const second = await signupWidget({ ward: 'isogo' });
    await signUp(second, activity.id, '待っている人');
    expect(second.result?.status).to.equal('waitlisted');
    first.remove();
    second.remove();

    // the partner page opened from the link
    history.replaceState(null, '', new URL(link).pathname + new URL(link).search + new URL(link).hash);
    const { apiBase, publishableKey } = await testServer();
    const el = await fixture<WatchSignup>(
      html`<tsunagu-watch-signup api-base=${apiBase} key=${publishableKey} lang="ja"></tsunagu-watch-signup>`,
    );
    expect(el.view).to.equal('cancel');
    expect(window.location.hash).to.equal(''); // read once, then removed from the address bar
    // the question names what would be cancelled, before anything is
    await waitUntil(() => text(el).includes(`「${activity.title}」（`), 'the activity is not named');
    expect(text(el)).to.contain('の申し込みを取り消しますか');
    const cancelled = oneEvent(el, 'tsunagu-signup-cancelled');
    $(el, '#confirm-cancel').click();
    const event: CustomEvent = await cancelled;
    expect(event.detail).to.deep.equal({ activityId: activity.id });
    await el.updateComplete;
    expect(text(el)).to.contain('申し込みを取り消しました');
    expect(text(el)).to.contain(activity.title);
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    const roster = await adminRequest<{ seats_left: number; waitlist_count: number }>(
      `/v1/activities/${activity.id}`,
    );
    expect(roster.body.waitlist_count).to.equal(0); // the waiting person got the seat
    expect(roster.body.seats_left).to.equal(0);

    // the same link again: said calmly, nothing asked again
    el.remove();
    history.replaceState(null, '', new URL(link).pathname + new URL(link).search + new URL(link).hash);
    const again = await fixture<WatchSignup>(
      html`<tsunagu-watch-signup api-base=${apiBase} key=${publishableKey} lang="ja"></tsunagu-watch-signup>`,
    );
    await waitUntil(() => again.cancelStatus === 'already', 'not recognised as cancelled already');
    await again.updateComplete;
    expect(text(again)).to.contain('この申し込みは取り消し済みです');
    expect(text(again)).to.contain(activity.title);
    expect(again.shadowRoot!.querySelector('#confirm-cancel')).to.equal(null);
    await expect(again).to.be.accessible();
  });

  it('the confirmation offers to copy the cancel link and says to keep it', async () => {
    const activity = await createActivity({ ward_id: 'sakae' });
    const el = await signupWidget({ ward: 'sakae' });
    const link = await signUp(el, activity.id, 'コピーする人');
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
    });
    try {
      $(el, '#copy-cancel-link').click();
      await waitUntil(() => el.copyState === 'copied');
    } finally {
      Object.defineProperty(navigator, 'clipboard', clipboard);
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    await el.updateComplete;
    expect(copied).to.deep.equal([link]);
    expect(text(el)).to.contain('コピーしました');
    expect(text(el)).to.contain('ブックマークするか、メモしてください');
    await expect(el).to.be.accessible();
  });

  it('following the link on the same page (hashchange) switches to cancel mode', async () => {
    const activity = await createActivity({ ward_id: 'kanazawa' });
    const el = await signupWidget({ ward: 'kanazawa' });
    const link = await signUp(el, activity.id, '同じページの人');
    window.location.hash = new URL(link).hash;
    await waitUntil(() => el.view === 'cancel', 'did not switch to cancel mode');
    expect(window.location.hash).to.equal('');
  });

  it('signup-id and cancel-token attributes work without a link; a wrong token is explained', async () => {
    const { apiBase, publishableKey } = await testServer();
    const el = await fixture<WatchSignup>(
      html`<tsunagu-watch-signup
        api-base=${apiBase}
        key=${publishableKey}
        lang="en"
        signup-id="su_doesnotexist"
        cancel-token="wrong"
      ></tsunagu-watch-signup>`,
    );
    expect(el.view).to.equal('cancel');
    // the link is looked up before anything is asked: a wrong one is explained at once
    await waitUntil(() => el.cancelStatus === 'invalid', 'not refused');
    expect(el.shadowRoot!.querySelector('#confirm-cancel')).to.equal(null);
    expect(text(el)).to.contain('This cancellation link does not work');
  });

  it('the cancel request carries the token in its body, not in the URL', async () => {
    const activity = await createActivity({ ward_id: 'kohoku' });
    const el = await signupWidget({ ward: 'kohoku' });
    const link = await signUp(el, activity.id, 'ボディの人');
    const token = new URL(link).hash.split('.')[1]!;
    const urls: string[] = [];
    const bodies: string[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const request = input instanceof Request ? input.clone() : new Request(input, init);
      urls.push(request.url);
      bodies.push(await request.text());
      return realFetch(input, init);
    };
    try {
      window.location.hash = new URL(link).hash;
      await waitUntil(() => el.view === 'cancel');
      $(el, '#confirm-cancel').click();
      await waitUntil(() => el.cancelStatus === 'done', 'not cancelled');
    } finally {
      window.fetch = realFetch;
    }
    expect(urls.some((u) => u.includes(token))).to.be.false;
    expect(bodies.some((b) => b.includes(token))).to.be.true;
  });
});
