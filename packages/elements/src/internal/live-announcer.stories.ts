import { html } from 'lit';
import {
  blockStoryArgTypes,
  renderBlock,
  words,
  type BlockStory,
  type BlockStoryArgs,
} from './block-story.js';
import { busyButton } from './busy-button.js';

const W = {
  ja: {
    polite: '3件見つかりました',
    assertive: '送信できませんでした。もう一度試してください。',
    say: '読み上げる',
    note: '読み上げ用の領域は画面には見えません。最後に読み上げた文：',
  },
  'ja-x-easy': {
    polite: '3つ 見つかりました',
    assertive: 'おくれませんでした。もういちど ためしてください。',
    say: '読（よ）み上げる',
    note: '読み上げる 文は 画面に 出ません。さいごの 文：',
  },
  en: {
    polite: '3 results found',
    assertive: 'Sending failed. Try again.',
    say: 'Announce',
    note: 'Live regions are not visible. Last announcement:',
  },
};

interface Args extends BlockStoryArgs {
  assertive: boolean;
}

const demo = (args: Args) => (story: BlockStory) => {
  const w = words(story, W);
  const text = args.assertive ? w.assertive : w.polite;
  return html`${busyButton(story.i18n, {
      type: 'button',
      label: w.say,
      busy: false,
      onClick: () => void story.announcer.announce(text, { assertive: args.assertive }),
    })}
    <p>${w.note} ${args.assertive ? story.announcer.assertiveText : story.announcer.politeText}</p>`;
};

export default {
  title: 'Internal/Live region',
  argTypes: blockStoryArgTypes,
  args: { lang: '', assertive: false },
  render: (args: Args) => renderBlock(args, demo(args)),
};

export const Polite = {};
export const Assertive = { args: { assertive: true } };
export const Japanese = { args: { lang: 'ja' } };
export const EasyJapanese = { args: { lang: 'ja-x-easy' } };
export const English = { args: { lang: 'en' } };
