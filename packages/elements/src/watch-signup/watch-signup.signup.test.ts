import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { adminRequest } from '../testing/server.js';
import { $, createActivity, openActivity, signupWidget, submit, text, tick, type } from './test-support.js';

describe('<tsunagu-watch-signup> signing up against the real server', () => {
  it('lists an activity with its seats left and signs a person up', async () => {
    const activity = await createActivity({ capacity: 3, signup_fields: ['phone'] });
    const el = await signupWidget();
    const card = $(el, `[data-activity="${activity.id}"]`).closest('li')!;
    expect(card.textContent).to.contain('残り 3 席');
    await openActivity(el, activity.id);
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    // only what the activity needs: phone, no email, no age
    expect(el.shadowRoot!.querySelector('#phone')).to.exist;
    expect(el.shadowRoot!.querySelector('#email')).to.be.null;
    expect(el.shadowRoot!.querySelector('#age')).to.be.null;
    await type(el, 'name', '山田 花子');
    await type(el, 'phone', '０４５－１２３－４５６７'); // full-width digits from an IME
    await tick(el, 'terms_accepted');
    const completed = oneEvent(el, 'tsunagu-signup-complete');
    await submit(el);
    const event: CustomEvent = await completed;
    expect(el.view).to.equal('done');
    expect(text(el)).to.contain('申し込みが完了しました');
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    const link = $<HTMLAnchorElement>(el, '#cancel-link').href;
    expect(link).to.match(/#tsunagu-cancel=su_[^.]+\.[A-Za-z0-9_-]+$/);
    expect(new URL(link).search).not.to.match(/tsunagu-cancel|su_/); // the token is in the fragment only
    // the page's event carries no personal data
    expect(event.detail).to.deep.equal({
      activityId: activity.id,
      status: 'confirmed',
      waitlistPosition: undefined,
    });
    expect(JSON.stringify(event.detail)).not.to.match(/山田|045|su_/);
    const after = await adminRequest<{ seats_left: number }>(`/v1/activities/${activity.id}`);
    expect(after.body.seats_left).to.equal(2);
  });

  it('signs an organisation up for several people, up to the seats left', async () => {
    const activity = await createActivity({
      capacity: 4,
      signup_fields: ['email'],
      type: 'food_support',
      ward_id: 'izumi',
    });
    const el = await signupWidget({ ward: 'izumi' });
    await openActivity(el, activity.id);
    await tick(el, 'kind-1'); // the second radio: organisation
    expect(el.shadowRoot!.querySelector('#organisation_name')).to.exist;
    await type(el, 'organisation_name', '泉区商店会');
    await type(el, 'headcount', '5');
    await type(el, 'name', '佐藤 一郎');
    await type(el, 'email', 'sato@example.jp');
    await tick(el, 'terms_accepted');
    await submit(el);
    // more people than seats: stopped before sending, with the limit in the message
    expect(el.view).to.equal('activity');
    expect($(el, '#headcount-error').textContent).to.contain('4');
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    await type(el, 'headcount', '４');
    await submit(el);
    expect(el.view).to.equal('done');
    expect(text(el)).to.contain('人数：4人');
    const after = await adminRequest<{ seats_left: number }>(`/v1/activities/${activity.id}`);
    expect(after.body.seats_left).to.equal(0);
  });

  it('an organisation signs up for an activity with a minimum age without a dead end', async () => {
    const activity = await createActivity({
      capacity: 6,
      signup_fields: ['age', 'phone'],
      requirements: { min_age: 16, guardian_consent_under: 18 },
      ward_id: 'kohoku',
    });
    const el = await signupWidget({ ward: 'kohoku' });
    await openActivity(el, activity.id);
    await tick(el, 'kind-1');
    // an organisation gives no one age; it is told the minimum instead
    expect(el.shadowRoot!.querySelector('#age')).to.be.null;
    expect(text(el)).to.contain('参加する方は全員16歳以上にしてください');
    await type(el, 'organisation_name', '港北こども食堂');
    await type(el, 'headcount', '三人');
    await type(el, 'name', '田中 一郎');
    await type(el, 'phone', '045-111-2222');
    await tick(el, 'terms_accepted');
    await submit(el);
    expect(el.view, text(el)).to.equal('done');
    expect(text(el)).to.contain('人数：3人');
  });

  it('reads an age typed as "45歳" or "十二", and asks for a number otherwise', async () => {
    const activity = await createActivity({
      signup_fields: ['age', 'phone'],
      requirements: { min_age: 10, guardian_consent_under: 18 },
      ward_id: 'kohoku',
    });
    const el = await signupWidget({ ward: 'kohoku' });
    await openActivity(el, activity.id);
    await type(el, 'name', '鈴木 次郎');
    await type(el, 'phone', '045-111-3333');
    await tick(el, 'terms_accepted');
    await type(el, 'age', 'よんじゅう');
    await submit(el);
    expect($(el, '#age-error').textContent).to.contain('数字で入力してください（例：12）');
    // 十二 is read, and being under 18 brings the guardian's questions
    await type(el, 'age', '十二');
    expect(el.shadowRoot!.querySelector('#guardian_name')).to.exist;
    await type(el, 'age', '45歳');
    expect(el.shadowRoot!.querySelector('#guardian_name')).to.be.null;
    await submit(el);
    expect(el.view, text(el)).to.equal('done');
  });

  it('warns before the page is left while a sign-up form holds unsent answers', async () => {
    const activity = await createActivity({ ward_id: 'kohoku' });
    const el = await signupWidget({ ward: 'kohoku' });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).to.equal(false);
    await openActivity(el, activity.id);
    expect(unload()).to.equal(false); // nothing typed yet
    await type(el, 'name', '山田 花子');
    expect(unload()).to.equal(true);
    await type(el, 'phone', '045-111-4444');
    await tick(el, 'terms_accepted');
    await submit(el);
    expect(el.view).to.equal('done');
    expect(unload()).to.equal(false);
  });

  it('a full activity offers the waiting list and tells the position', async () => {
    const activity = await createActivity({ capacity: 1, ward_id: 'sakae' });
    // fill it from another page
    const el1 = await signupWidget({ ward: 'sakae' });
    await openActivity(el1, activity.id);
    await type(el1, 'name', '一人目');
    await type(el1, 'phone', '090-1111-2222');
    await tick(el1, 'terms_accepted');
    await submit(el1);
    expect(el1.result?.status).to.equal('confirmed');

    const el = await signupWidget({ ward: 'sakae' });
    const card = $(el, `[data-activity="${activity.id}"]`).closest('li')!;
    expect(card.textContent).to.contain('満席 — キャンセル待ちに登録');
    await openActivity(el, activity.id);
    expect($(el, '#submit').textContent).to.contain('キャンセル待ちに登録する');
    await type(el, 'name', '二人目');
    await type(el, 'phone', '090-3333-4444');
    await tick(el, 'terms_accepted');
    await submit(el);
    expect(el.view).to.equal('done');
    expect(text(el)).to.contain('キャンセル待ちに登録しました');
    expect(text(el)).to.contain('キャンセル待ちの 1 番目');
  });

  it('on the waiting list, an organisation larger than the whole activity is stopped before sending', async () => {
    const activity = await createActivity({ capacity: 2, signup_fields: ['phone'], ward_id: 'sakae' });
    const el1 = await signupWidget({ ward: 'sakae' });
    await openActivity(el1, activity.id);
    await type(el1, 'name', '一人目');
    await type(el1, 'phone', '090-1111-2222');
    await tick(el1, 'terms_accepted');
    await submit(el1);
    expect(el1.result?.status).to.equal('confirmed');

    const el = await signupWidget({ ward: 'sakae' });
    await openActivity(el, activity.id);
    await type(el, 'name', '二人目');
    await type(el, 'phone', '090-3333-4444');
    await tick(el, 'terms_accepted');
    await submit(el);
    expect(el.result?.status).to.equal('confirmed');

    const org = await signupWidget({ ward: 'sakae' });
    await openActivity(org, activity.id);
    await tick(org, 'kind-1');
    await type(org, 'organisation_name', '栄区商店会');
    await type(org, 'headcount', '3');
    await type(org, 'name', '佐藤 一郎');
    await type(org, 'phone', '045-111-2222');
    await tick(org, 'terms_accepted');
    await submit(org);
    // 3 people could never fit 2 seats: no place on the waiting list that would hold up everyone behind
    expect(org.view).to.equal('activity');
    expect($(org, '#headcount-error').textContent).to.contain('2');
    await type(org, 'headcount', '2');
    await submit(org);
    expect(org.view, text(org)).to.equal('done');
    expect(text(org)).to.contain('キャンセル待ちに登録しました');
  });

  it('asks a minor for the guardian’s name and consent', async () => {
    const activity = await createActivity({
      signup_fields: ['phone', 'age'],
      requirements: { min_age: 12, guardian_consent_under: 18 },
      ward_id: 'aoba',
    });
    const el = await signupWidget({ ward: 'aoba' });
    await openActivity(el, activity.id);
    expect(el.shadowRoot!.querySelector('#guardian_name')).to.be.null;
    await type(el, 'name', '高橋 みらい');
    await type(el, 'phone', '045-000-1111');
    await type(el, 'age', '15');
    expect(el.shadowRoot!.querySelector('#guardian_name')).to.exist;
    await tick(el, 'terms_accepted');
    await submit(el);
    expect(el.view).to.equal('activity');
    expect($(el, '#guardian_name-error').textContent).to.contain('保護者のお名前');
    expect($(el, '#guardian_consent-error').textContent).to.contain('保護者の同意');
    await type(el, 'guardian_name', '高橋 ゆみ');
    await tick(el, 'guardian_consent');
    await submit(el);
    expect(el.view).to.equal('done');
  });

  it('shows the server’s field codes when it refuses (under the minimum age)', async () => {
    const activity = await createActivity({
      signup_fields: ['phone', 'age'],
      requirements: { min_age: 16 },
      ward_id: 'midori',
    });
    const el = await signupWidget({ ward: 'midori' });
    await openActivity(el, activity.id);
    // the client knows min_age too; force the server's answer by lowering the local copy
    el.activity = { ...el.activity!, requirements: { ...el.activity!.requirements, min_age: null } };
    await type(el, 'name', '小林');
    await type(el, 'phone', '045-000-2222');
    await type(el, 'age', '14');
    await type(el, 'guardian_name', '小林 父');
    await tick(el, 'guardian_consent');
    await tick(el, 'terms_accepted');
    await submit(el);
    expect(el.view).to.equal('activity');
    expect($(el, '#age-error').textContent).to.contain('年齢の条件');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('小林'); // nothing typed is lost
  });

  it('keeps what was typed and the same idempotency key when the network fails, and books once', async () => {
    const activity = await createActivity({ capacity: 2, ward_id: 'konan' });
    const el = await signupWidget({ ward: 'konan' });
    await openActivity(el, activity.id);
    await type(el, 'name', '中村');
    await type(el, 'phone', '045-000-3333');
    await tick(el, 'terms_accepted');
    const keys: string[] = [];
    const realFetch = window.fetch;
    let losing = true; // every attempt (the SDK's automatic retries too) reaches the server, but the answers are lost
    window.fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const response = await realFetch(input, init);
      if (request.method === 'POST') {
        keys.push(request.headers.get('idempotency-key') ?? '');
        if (losing) throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      await submit(el);
      expect(el.view).to.equal('activity');
      expect(el.failure).to.equal('offline');
      expect(text(el)).to.contain(el.i18n.m.failures.kept); // worded once for every widget
      expect($<HTMLInputElement>(el, '#name').value).to.equal('中村');
      expect(keys.length).to.be.greaterThan(1); // the SDK retried on its own before giving up
      losing = false;
      await submit(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(el.view).to.equal('done');
    expect(new Set(keys).size).to.equal(1);
    const after = await adminRequest<{ seats_left: number }>(`/v1/activities/${activity.id}`);
    expect(after.body.seats_left).to.equal(1); // one seat, not three
  });

  it('recovers the booking when a lost attempt was changed before trying again', async () => {
    const activity = await createActivity({ capacity: 2, ward_id: 'tsuzuki' });
    const el = await signupWidget({ ward: 'tsuzuki' });
    await openActivity(el, activity.id);
    await type(el, 'name', '木村');
    await type(el, 'phone', '045-000-4444');
    await tick(el, 'terms_accepted');
    const realFetch = window.fetch;
    let losing = true;
    window.fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const response = await realFetch(input, init);
      if (request.method === 'POST' && losing) throw new TypeError('Failed to fetch');
      return response;
    };
    try {
      await submit(el);
      await type(el, 'name', '木村 太郎'); // changed after the lost answer
      losing = false;
      await submit(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(el.view).to.equal('done');
    const after = await adminRequest<{ seats_left: number }>(`/v1/activities/${activity.id}`);
    expect(after.body.seats_left).to.equal(1);
  });

  it('stops an empty submit with the error summary, focused, linking to each field', async () => {
    const activity = await createActivity({ ward_id: 'hodogaya' });
    const el = await signupWidget({ ward: 'hodogaya' });
    await openActivity(el, activity.id);
    await submit(el);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'error-summary');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#error-summary a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#phone', '#terms_accepted']);
    links[1]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
    expect(window.location.hash).to.equal('');
  });
});
