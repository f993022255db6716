import { html, nothing } from 'lit';
import { defineElement } from '../internal/define.js';
import type { LocaleId } from '../i18n/registry.js';
import { STORY_DATA } from './test-fixtures/story-data.js';
import { WindowFinder, type FinderData } from './window-finder.js';

type State = 'loading' | 'error' | 'ready' | 'ownWard' | 'holidayPinned' | 'danger' | 'empty';

interface Args {
  lang: '' | LocaleId;
  state: State;
}

const WEEKDAY_10 = new Date('2026-11-26T10:00:00+09:00');
const HOLIDAY_10 = new Date('2026-11-23T10:00:00+09:00');

/** What each state needs: data (or a pending / failed load), attributes and the clock. */
function setup(state: State): {
  data: FinderData | Promise<FinderData>;
  ward?: string;
  concerns?: string;
  openNow?: boolean;
  now: Date;
} {
  switch (state) {
    case 'loading':
      return { data: new Promise<FinderData>(() => {}), now: WEEKDAY_10 };
    case 'error':
      return { data: Promise.reject(new Error('story: the load failed')), now: WEEKDAY_10 };
    case 'ownWard':
      return { data: STORY_DATA, ward: 'minami', concerns: 'money_debt', now: WEEKDAY_10 };
    case 'holidayPinned':
      return {
        data: STORY_DATA,
        ward: 'naka',
        concerns: 'money_debt housing work',
        openNow: true,
        now: HOLIDAY_10,
      };
    case 'danger':
      return {
        data: STORY_DATA,
        ward: 'naka',
        concerns: 'violence_abuse children_parenting',
        now: WEEKDAY_10,
      };
    case 'empty':
      // only a food NPO in the data, and the concern is care: nothing matches
      return {
        data: { ...STORY_DATA, windows: STORY_DATA.windows.filter((w) => w.id === 'npo-food') },
        concerns: 'care',
        now: HOLIDAY_10,
      };
    default:
      return { data: STORY_DATA, now: WEEKDAY_10 };
  }
}

/**
 * `<tsunagu-window-finder>` in each state, with fixed clocks (a Thursday 10:00, or 勤労感謝の日) and data
 * given through the `data` property (no server). The `lang` arg overrides the toolbar locale.
 */
export default {
  title: 'Widgets/Window finder',
  argTypes: {
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en'] },
    state: {
      control: 'select',
      options: ['loading', 'error', 'ready', 'ownWard', 'holidayPinned', 'danger', 'empty'],
    },
  },
  args: { lang: '', state: 'ready' },
  render: (args: Args) => {
    defineElement('tsunagu-window-finder', WindowFinder);
    const s = setup(args.state);
    if (s.data instanceof Promise) s.data.catch(() => {}); // the widget shows the failure; keep the console clean
    return html`<div lang=${args.lang || nothing} style="max-width: 48em">
      <tsunagu-window-finder
        .data=${s.data}
        .now=${s.now}
        ward=${s.ward ?? nothing}
        concerns=${s.concerns ?? nothing}
        ?open-now=${s.openNow ?? false}
      ></tsunagu-window-finder>
    </div>`;
  },
};

const story = (state: State, lang: '' | LocaleId) => ({ args: { state, lang } });

export const Loading = story('loading', 'ja');
export const LoadingEasy = story('loading', 'ja-x-easy');
export const LoadingEnglish = story('loading', 'en');
export const LoadError = story('error', 'ja');
export const LoadErrorEasy = story('error', 'ja-x-easy');
export const LoadErrorEnglish = story('error', 'en');
export const Ready = story('ready', 'ja');
export const ReadyEasy = story('ready', 'ja-x-easy');
export const ReadyEnglish = story('ready', 'en');
export const OwnWardFirst = story('ownWard', 'ja');
export const OwnWardFirstEasy = story('ownWard', 'ja-x-easy');
export const OwnWardFirstEnglish = story('ownWard', 'en');
export const HolidayPinned = story('holidayPinned', 'ja');
export const HolidayPinnedEasy = story('holidayPinned', 'ja-x-easy');
export const HolidayPinnedEnglish = story('holidayPinned', 'en');
export const Danger = story('danger', 'ja');
export const DangerEasy = story('danger', 'ja-x-easy');
export const DangerEnglish = story('danger', 'en');
export const Empty = story('empty', 'ja');
export const EmptyEasy = story('empty', 'ja-x-easy');
export const EmptyEnglish = story('empty', 'en');
