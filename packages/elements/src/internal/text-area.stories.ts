import {
  blockStoryArgTypes,
  renderBlock,
  words,
  type BlockStory,
  type BlockStoryArgs,
} from './block-story.js';
import { textArea } from './text-area.js';

const W = {
  ja: { label: '気になったこと', hint: '病気や体調のことは、必要なときだけ書いてください。' },
  'ja-x-easy': {
    label: '気に なった こと',
    hint: '{病気|びょうき}の ことは、いる ときだけ 書いてください。',
  },
  en: { label: 'What you noticed', hint: 'Only write about health if it is needed.' },
};

interface Args extends BlockStoryArgs {
  value: string;
  maxLength: number;
  error: string;
}

const details = (args: Args) => (story: BlockStory) => {
  const w = words(story, W);
  return textArea(story.i18n, {
    id: 'details',
    label: w.label,
    hint: w.hint,
    maxLength: args.maxLength,
    announcer: story.announcer,
    error: args.error
      ? story.i18n.fieldError(args.error, { label: w.label, max: args.maxLength })
      : undefined,
    value: story.value('details', args.value),
    onInput: (value) => story.setValue('details', value),
  });
};

export default {
  title: 'Internal/Textarea with character count',
  argTypes: blockStoryArgTypes,
  args: { lang: '', value: '', maxLength: 100, error: '' },
  render: (args: Args) => renderBlock(args, details(args)),
};

export const Empty = {};
export const NearLimit = { args: { value: 'ここ1週間、郵便受けに新聞がたまっています。', maxLength: 30 } };
export const OverLimit = {
  args: { value: 'ここ1週間、郵便受けに新聞がたまっていて、夜も電気がついていません。', maxLength: 20 },
};
export const WithError = {
  args: {
    value: 'ここ1週間、郵便受けに新聞がたまっていて、夜も電気がついていません。',
    maxLength: 20,
    error: 'too_long',
  },
};
export const Japanese = { args: { lang: 'ja' } };
export const EasyJapanese = { args: { lang: 'ja-x-easy' } };
export const English = { args: { lang: 'en' } };
