import {
  blockStoryArgTypes,
  renderBlock,
  words,
  type BlockStory,
  type BlockStoryArgs,
} from './block-story.js';
import { selectField } from './select-field.js';

const W = {
  ja: {
    label: 'お住まいの区',
    hint: 'わからなければ、選ばなくてもかまいません',
    naka: '中区',
    nishi: '西区',
    minami: '南区',
  },
  'ja-x-easy': {
    label: 'すんでいる 区（く）',
    hint: 'わからない ときは、えらばなくても いいです',
    naka: '中区（なかく）',
    nishi: '西区（にしく）',
    minami: '南区（みなみく）',
  },
  en: {
    label: 'Your ward',
    hint: 'Leave it if you are not sure',
    naka: 'Naka',
    nishi: 'Nishi',
    minami: 'Minami',
  },
};

interface Args extends BlockStoryArgs {
  value: string;
  error: boolean;
}

const ward = (args: Args) => (story: BlockStory) => {
  const w = words(story, W);
  return selectField(story.i18n, {
    id: 'ward',
    label: w.label,
    hint: w.hint,
    required: args.error,
    error: args.error ? story.i18n.fieldError('required', { label: w.label, kind: 'choice' }) : undefined,
    options: [
      { value: 'naka', label: w.naka },
      { value: 'nishi', label: w.nishi },
      { value: 'minami', label: w.minami },
    ],
    value: story.value('ward', args.value),
    onChange: (value) => story.setValue('ward', value),
  });
};

export default {
  title: 'Internal/Select',
  argTypes: blockStoryArgTypes,
  args: { lang: '', value: '', error: false },
  render: (args: Args) => renderBlock(args, ward(args)),
};

export const Empty = {};
export const Chosen = { args: { value: 'naka' } };
export const WithError = { args: { error: true } };
export const Japanese = { args: { lang: 'ja' } };
export const EasyJapanese = { args: { lang: 'ja-x-easy' } };
export const English = { args: { lang: 'en' } };
