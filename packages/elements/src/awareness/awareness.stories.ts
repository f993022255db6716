import { html, nothing } from 'lit';
import { defineElement } from '../internal/define.js';
import type { LocaleId } from '../i18n/registry.js';
import { Awareness } from './awareness.js';
import type { Audience } from './situations.js';

interface Args {
  lang: '' | LocaleId;
  audience: Audience;
}

/** `<tsunagu-awareness>` for each audience, with its next-step link to a form on the same page. */
export default {
  title: 'Widgets/Awareness guide',
  argTypes: {
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en'] },
    audience: { control: 'select', options: ['shop', 'delivery', 'school', 'neighbour'] },
  },
  args: { lang: '', audience: 'shop' },
  render: (args: Args) => {
    defineElement('tsunagu-awareness', Awareness);
    return html`<div lang=${args.lang || nothing} style="max-width: 48em">
      <tsunagu-awareness audience=${args.audience} next-href="#report"></tsunagu-awareness>
    </div>`;
  },
};

const story = (audience: Audience, lang: LocaleId) => ({ args: { audience, lang } });

export const Shop = story('shop', 'ja');
export const ShopEasy = story('shop', 'ja-x-easy');
export const ShopEnglish = story('shop', 'en');
export const Delivery = story('delivery', 'ja');
export const DeliveryEasy = story('delivery', 'ja-x-easy');
export const DeliveryEnglish = story('delivery', 'en');
export const School = story('school', 'ja');
export const SchoolEasy = story('school', 'ja-x-easy');
export const SchoolEnglish = story('school', 'en');
export const Neighbour = story('neighbour', 'ja');
export const NeighbourEasy = story('neighbour', 'ja-x-easy');
export const NeighbourEnglish = story('neighbour', 'en');
