import {
  blockStoryArgTypes,
  renderBlock,
  words,
  type BlockStory,
  type BlockStoryArgs,
} from './block-story.js';
import { checkbox, checkboxGroup, radioGroup } from './choice-group.js';

const W = {
  ja: {
    contact: '連絡の方法',
    phone: '電話',
    mail: 'メール',
    visit: '訪問',
    signs: '気づいたこと',
    signsHint: 'あてはまるものをすべて選んでください',
    mail_piling_up: '郵便物がたまっている',
    mailHint: 'ポストからあふれている、など',
    not_seen_lately: '最近見かけない',
    utilities_stopped: '電気やガスが止まっている',
    consent: 'ご本人が連絡を受けることに同意している',
  },
  'ja-x-easy': {
    contact: '連絡（れんらく）の しかた',
    phone: '電話',
    mail: 'メール',
    visit: '家に 来る',
    signs: '気づいた こと',
    signsHint: '合う ものを ぜんぶ えらんでください',
    mail_piling_up: '郵便（ゆうびん）が たまっている',
    mailHint: 'ポストから 出ている など',
    not_seen_lately: 'さいきん 見ない',
    utilities_stopped: '電気（でんき）や ガスが 止まっている',
    consent: 'その 人は 連絡を うけても いいと 言っています',
  },
  en: {
    contact: 'How to contact',
    phone: 'Phone',
    mail: 'Email',
    visit: 'Visit',
    signs: 'Signs you noticed',
    signsHint: 'Select all that apply',
    mail_piling_up: 'Mail is piling up',
    mailHint: 'For example, the letterbox is overflowing',
    not_seen_lately: 'Not seen lately',
    utilities_stopped: 'Electricity or gas cut off',
    consent: 'The person agreed to be contacted',
  },
};

interface Args extends BlockStoryArgs {
  kind: 'radio' | 'checkboxes' | 'consent';
  error: boolean;
}

const block = (args: Args) => (story: BlockStory) => {
  const w = words(story, W);
  const i18n = story.i18n;
  if (args.kind === 'radio') {
    return radioGroup(i18n, {
      id: 'contact',
      label: w.contact,
      required: true,
      error: args.error ? i18n.fieldError('required', { label: w.contact, kind: 'choice' }) : undefined,
      options: [
        { value: 'phone', label: w.phone },
        { value: 'mail', label: w.mail },
        { value: 'visit', label: w.visit },
      ],
      value: story.value('contact', ''),
      onChange: (value) => story.setValue('contact', value),
    });
  }
  if (args.kind === 'checkboxes') {
    return checkboxGroup(i18n, {
      id: 'signs',
      label: w.signs,
      hint: w.signsHint,
      error: args.error ? i18n.fieldError('too_few', { label: w.signs, min: 1 }) : undefined,
      options: [
        { value: 'mail_piling_up', label: w.mail_piling_up, hint: w.mailHint },
        { value: 'not_seen_lately', label: w.not_seen_lately },
        { value: 'utilities_stopped', label: w.utilities_stopped },
      ],
      values: story.value<string[]>('signs', []),
      onChange: (values) => story.setValue('signs', values),
    });
  }
  return checkbox(i18n, {
    id: 'consent',
    label: w.consent,
    required: true,
    error: args.error ? i18n.fieldError('consent_required', { label: w.consent }) : undefined,
    checked: story.value('consent', false),
    onChange: (checked) => story.setValue('consent', checked),
  });
};

export default {
  title: 'Internal/Radio and checkbox groups',
  argTypes: {
    ...blockStoryArgTypes,
    kind: { control: 'select', options: ['radio', 'checkboxes', 'consent'] },
  },
  args: { lang: '', kind: 'radio', error: false },
  render: (args: Args) => renderBlock(args, block(args)),
};

export const Radios = {};
export const RadiosWithError = { args: { error: true } };
export const Checkboxes = { args: { kind: 'checkboxes' } };
export const CheckboxesWithError = { args: { kind: 'checkboxes', error: true } };
export const Consent = { args: { kind: 'consent' } };
export const ConsentWithError = { args: { kind: 'consent', error: true } };
export const Japanese = { args: { kind: 'checkboxes', lang: 'ja' } };
export const EasyJapanese = { args: { kind: 'checkboxes', lang: 'ja-x-easy' } };
export const English = { args: { kind: 'checkboxes', lang: 'en' } };
