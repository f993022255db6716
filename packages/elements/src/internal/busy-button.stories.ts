import {
  blockStoryArgTypes,
  renderBlock,
  words,
  type BlockStory,
  type BlockStoryArgs,
} from './block-story.js';
import { busyButton } from './busy-button.js';

const W = {
  ja: { send: '送信する' },
  'ja-x-easy': { send: 'おくる' },
  en: { send: 'Send' },
};

interface Args extends BlockStoryArgs {
  busy: boolean;
  variant: 'primary' | 'secondary';
}

const button = (args: Args) => (story: BlockStory) =>
  busyButton(story.i18n, {
    type: 'button',
    label: words(story, W).send,
    busy: story.value('busy', args.busy),
    busyLabel: story.i18n.m.common.sending,
    variant: args.variant,
    onClick: () => story.setValue('busy', true),
  });

export default {
  title: 'Internal/Busy button',
  argTypes: { ...blockStoryArgTypes, variant: { control: 'select', options: ['primary', 'secondary'] } },
  args: { lang: '', busy: false, variant: 'primary' },
  render: (args: Args) => renderBlock(args, button(args)),
};

export const Idle = {};
export const Busy = { args: { busy: true } };
export const Secondary = { args: { variant: 'secondary' } };
export const Japanese = { args: { busy: true, lang: 'ja' } };
export const EasyJapanese = { args: { busy: true, lang: 'ja-x-easy' } };
export const English = { args: { busy: true, lang: 'en' } };
