import { html, nothing } from 'lit';
import { defineElement } from '../internal/define.js';
import type { LocaleId } from '../i18n/registry.js';
import { STORY_DATA } from '../window-finder/test-fixtures/story-data.js';
import { HelpCard } from './help-card.js';

type State = 'open' | 'closed' | 'noOffice';

interface Args {
  lang: '' | LocaleId;
  state: State;
}

const NAKA = STORY_DATA.windows.find((w) => w.id.includes('naka'))!;
const CLOCKS: Record<State, Date> = {
  open: new Date('2026-11-26T10:00:00+09:00'), // a Thursday morning
  closed: new Date('2026-11-26T20:00:00+09:00'), // the same evening
  noOffice: new Date('2026-11-26T10:00:00+09:00'),
};

/** `<tsunagu-help-card>` with 中区's office given directly (no server) and fixed clocks. */
export default {
  title: 'Widgets/Help card',
  argTypes: {
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en'] },
    state: { control: 'select', options: ['open', 'closed', 'noOffice'] },
  },
  args: { lang: '', state: 'open' },
  render: (args: Args) => {
    defineElement('tsunagu-help-card', HelpCard);
    return html`<div lang=${args.lang || nothing} style="max-width: 28em">
      <tsunagu-help-card
        .office=${args.state === 'noOffice' ? null : NAKA}
        .now=${CLOCKS[args.state]}
      ></tsunagu-help-card>
    </div>`;
  },
};

const story = (state: State, lang: LocaleId) => ({ args: { state, lang } });

export const Open = story('open', 'ja');
export const OpenEasy = story('open', 'ja-x-easy');
export const OpenEnglish = story('open', 'en');
export const Closed = story('closed', 'ja');
export const ClosedEasy = story('closed', 'ja-x-easy');
export const ClosedEnglish = story('closed', 'en');
export const NoOffice = story('noOffice', 'ja');
export const NoOfficeEasy = story('noOffice', 'ja-x-easy');
export const NoOfficeEnglish = story('noOffice', 'en');
