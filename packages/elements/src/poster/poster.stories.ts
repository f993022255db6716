import { html, nothing } from 'lit';
import { defineElement } from '../internal/define.js';
import type { LocaleId } from '../i18n/registry.js';
import { Poster } from './poster.js';

type Format = 'poster' | 'card' | 'report';

interface Args {
  lang: '' | LocaleId;
  state: Format;
}

/** `<tsunagu-poster>`: the A4 poster to the finder, the counter cards, and the poster to a report page. */
export default {
  title: 'Widgets/Poster',
  argTypes: {
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en'] },
    state: { control: 'select', options: ['poster', 'card', 'report'] },
  },
  args: { lang: '', state: 'poster' },
  render: (args: Args) => {
    defineElement('tsunagu-poster', Poster);
    return html`<div lang=${args.lang || nothing} style="max-width: 52em">
      <tsunagu-poster
        href="https://shop.example.jp/soudan/"
        target=${args.state === 'report' ? 'report' : 'finder'}
        format=${args.state === 'card' ? 'card' : 'poster'}
        partner="ことぶきマート 寿町店"
      ></tsunagu-poster>
    </div>`;
  },
};

const story = (state: Format, lang: LocaleId) => ({ args: { state, lang } });

export const A4Poster = story('poster', 'ja');
export const A4PosterEasy = story('poster', 'ja-x-easy');
export const A4PosterEnglish = story('poster', 'en');
export const CounterCards = story('card', 'ja');
export const CounterCardsEasy = story('card', 'ja-x-easy');
export const CounterCardsEnglish = story('card', 'en');
export const ReportPoster = story('report', 'ja');
export const ReportPosterEasy = story('report', 'ja-x-easy');
export const ReportPosterEnglish = story('report', 'en');
