import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { LOCALES, type LocaleId } from '../i18n/registry.js';
import '../define/watch-signup.js';
import { STORY_ACTIVITIES, storyApi } from './story-data.js';
import type { WatchSignup } from './watch-signup.js';

type State =
  | 'list'
  | 'loading'
  | 'empty'
  | 'error'
  | 'details'
  | 'full'
  | 'organisation'
  | 'minor'
  | 'errors'
  | 'failure'
  | 'confirmed'
  | 'waitlisted'
  | 'cancel'
  | 'cancelled';

interface Args {
  lang: '' | LocaleId;
  state: State;
}

const activity = (index: number) => STORY_ACTIVITIES[index]!;
const result = (status: 'confirmed' | 'waitlisted') => ({
  id: 'su_story',
  activity_id: 'story-watch',
  status,
  headcount: 1,
  cancel_token: 'story-token',
  created_at: '2026-11-01T00:00:00+09:00',
  title: activity(0).title,
  link: 'https://npo.example.jp/volunteer#tsunagu-cancel=su_story.story-token',
  ...(status === 'waitlisted' ? { waitlist_position: 3 } : {}),
});

/** Puts the widget into a state once it is connected (stories only: it reaches into internal state). */
async function setUp(el: WatchSignup, state: State): Promise<void> {
  await el.updateComplete;
  if (state === 'details' || state === 'minor' || state === 'errors' || state === 'failure')
    el.choose(activity(0));
  if (state === 'full') el.choose(activity(1));
  if (state === 'organisation') {
    el.choose(activity(2));
    el.set('kind', 'organisation');
  }
  if (state === 'minor') el.set('age', '15');
  if (state === 'errors') await el.submit(new Event('submit'));
  if (state === 'failure') el.failure = 'offline';
  if (state === 'confirmed' || state === 'waitlisted') {
    el.result = result(state);
    el.view = 'done';
  }
  if (state === 'cancel' || state === 'cancelled') {
    el.view = 'cancel';
    el.cancelStatus = state === 'cancel' ? 'ask' : 'done';
    el.cancelledTitle = activity(0).title;
  }
}

const apiState = (state: State) =>
  state === 'loading' || state === 'empty' || state === 'error' ? state : 'ready';

/**
 * `<tsunagu-watch-signup>` in each state, against a fake API. The `lang` arg overrides the locale toolbar.
 */
export default {
  title: 'Widgets/Watch sign-up',
  component: 'tsunagu-watch-signup',
  argTypes: {
    lang: { control: 'select', options: ['', ...LOCALES] },
    state: { control: 'select' },
  },
  args: { lang: '', state: 'list' },
  render: (args: Args) => {
    const done = new WeakSet<Element>();
    return html`<div lang=${args.lang || nothing} style="max-width: 44em">
      <tsunagu-watch-signup
        terms-url="https://npo.example.jp/terms"
        privacy-url="https://npo.example.jp/privacy"
        .api=${storyApi(apiState(args.state))}
        ${ref((el) => {
          if (!el || done.has(el)) return;
          done.add(el);
          void setUp(el as WatchSignup, args.state);
        })}
      ></tsunagu-watch-signup>
    </div>`;
  },
};

export const List = {};
export const Loading = { args: { state: 'loading' } };
export const Empty = { args: { state: 'empty' } };
export const LoadError = { args: { state: 'error' } };
export const Details = { args: { state: 'details' } };
export const FullWaitlist = { args: { state: 'full' } };
export const Organisation = { args: { state: 'organisation' } };
export const MinorWithGuardian = { args: { state: 'minor' } };
export const ErrorSummary = { args: { state: 'errors' } };
export const NetworkFailure = { args: { state: 'failure' } };
export const Confirmed = { args: { state: 'confirmed' } };
export const Waitlisted = { args: { state: 'waitlisted' } };
export const CancelAsk = { args: { state: 'cancel' } };
export const Cancelled = { args: { state: 'cancelled' } };
export const ListEasyJapanese = { args: { lang: 'ja-x-easy' } };
export const ListEnglish = { args: { lang: 'en' } };
export const ErrorsEasyJapanese = { args: { state: 'errors', lang: 'ja-x-easy' } };
export const ErrorsEnglish = { args: { state: 'errors', lang: 'en' } };
export const ConfirmedEasyJapanese = { args: { state: 'confirmed', lang: 'ja-x-easy' } };
export const ConfirmedEnglish = { args: { state: 'confirmed', lang: 'en' } };
