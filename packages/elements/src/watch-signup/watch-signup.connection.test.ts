// The sign-up widget's loads follow the shared load policy (internal/connection.ts).
import { expect, fixture, html } from '@open-wc/testing';
import type { Activity, Page } from '@tsunagu/schema';
import type { ActivityQuery, SignupApi } from './api.js';
import { STORY_ACTIVITIES, storyApi } from './story-data.js';
import type { WatchSignup } from './watch-signup.js';
import '../define/watch-signup.js';

interface Asked {
  query: ActivityQuery;
  signal: AbortSignal | undefined;
  answer(page: Page<Activity>): void;
}

/** An API whose list calls wait until the test answers them. */
function heldApi(): { api: SignupApi; asked: Asked[] } {
  const asked: Asked[] = [];
  const api: SignupApi = {
    ...storyApi(),
    listActivities: (query, signal) =>
      new Promise((resolve) => asked.push({ query, signal, answer: resolve })),
  };
  return { api, asked };
}

const page = (...data: Activity[]): Page<Activity> => ({ data, next_cursor: null });

describe('<tsunagu-watch-signup> loads', () => {
  it("a slow answer for the old ward, arriving after the new ward's, does not overwrite the list", async () => {
    const { api, asked } = heldApi();
    const el = await fixture<WatchSignup>(
      html`<tsunagu-watch-signup ward="naka" .api=${api}></tsunagu-watch-signup>`,
    );
    el.setFilter('ward', 'nishi');
    await el.updateComplete;
    const [naka, nishi] = asked;
    expect(naka!.query.ward).to.equal('naka');
    expect(nishi!.query.ward).to.equal('nishi');
    expect(naka!.signal?.aborted, 'the old request is aborted').to.equal(true);
    nishi!.answer(page(STORY_ACTIVITIES[1]!));
    naka!.answer(page(STORY_ACTIVITIES[0]!, STORY_ACTIVITIES[2]!));
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.activities.map((a) => a.id)).to.deep.equal([STORY_ACTIVITIES[1]!.id]);
  });

  it('leaving the page aborts the list request on its way', async () => {
    const { api, asked } = heldApi();
    const el = await fixture<WatchSignup>(html`<tsunagu-watch-signup .api=${api}></tsunagu-watch-signup>`);
    expect(asked).to.have.length(1);
    el.remove();
    expect(asked[0]!.signal?.aborted).to.equal(true);
  });
});
