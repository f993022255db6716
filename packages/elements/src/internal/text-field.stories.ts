import type { BlockStoryArgs } from './block-story.js';
import { blockStoryArgTypes, renderBlock, words, type BlockStory } from './block-story.js';
import { textField } from './text-field.js';

const W = {
  ja: { label: '電話番号', hint: '日中につながる番号を入力してください（例：045-123-4567）' },
  'ja-x-easy': { label: '電話番号（でんわばんごう）', hint: '昼（ひる）に でられる 番号を 書いてください' },
  en: { label: 'Phone number', hint: 'A number we can call during the day, like 045-123-4567' },
};

interface Args extends BlockStoryArgs {
  hint: boolean;
  required: boolean;
  error: string;
  value: string;
}

const phoneField = (args: Args) => (story: BlockStory) => {
  const w = words(story, W);
  return textField(story.i18n, {
    id: 'phone',
    type: 'tel',
    autocomplete: 'tel',
    width: 'short',
    label: w.label,
    hint: args.hint ? w.hint : undefined,
    required: args.required,
    error: args.error ? story.i18n.fieldError(args.error, { label: w.label }) : undefined,
    value: story.value('phone', args.value),
    onInput: (value) => story.setValue('phone', value),
  });
};

export default {
  title: 'Internal/Text field',
  argTypes: blockStoryArgTypes,
  args: { lang: '', hint: false, required: false, error: '', value: '' },
  render: (args: Args) => renderBlock(args, phoneField(args)),
};

export const Empty = {};
export const WithHint = { args: { hint: true } };
export const Required = { args: { hint: true, required: true } };
export const Filled = { args: { hint: true, value: '045-671-2323' } };
export const WithError = { args: { hint: true, required: true, value: '045-abc', error: 'invalid_phone' } };
export const Japanese = { args: { hint: true, required: true, lang: 'ja' } };
export const EasyJapanese = { args: { hint: true, required: true, lang: 'ja-x-easy' } };
export const English = { args: { hint: true, required: true, lang: 'en' } };
