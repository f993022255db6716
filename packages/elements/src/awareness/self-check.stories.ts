import { html, nothing } from 'lit';
import { defineElement } from '../internal/define.js';
import type { LocaleId } from '../i18n/registry.js';
import { SelfCheck } from './self-check.js';

type State = 'fresh' | 'answered' | 'done';

interface Args {
  lang: '' | LocaleId;
  state: State;
}

/** Answers shown per state: none, a suggested and an other answer, every situation answered. */
const ANSWERS: Record<State, Record<string, string>> = {
  fresh: {},
  answered: { regular: 'ask', refuses: 'push' },
  done: { regular: 'ask', refuses: 'respect', mail: 'wait', child: 'call_189', secret: 'keep' },
};

/** `<tsunagu-self-check>` before, during and after answering. */
export default {
  title: 'Widgets/Self-check',
  argTypes: {
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en'] },
    state: { control: 'select', options: ['fresh', 'answered', 'done'] },
  },
  args: { lang: '', state: 'fresh' },
  render: (args: Args) => {
    defineElement('tsunagu-self-check', SelfCheck);
    return html`<div lang=${args.lang || nothing} style="max-width: 48em">
      <tsunagu-self-check .chosen=${ANSWERS[args.state]}></tsunagu-self-check>
    </div>`;
  },
};

const story = (state: State, lang: LocaleId) => ({ args: { state, lang } });

export const Fresh = story('fresh', 'ja');
export const FreshEasy = story('fresh', 'ja-x-easy');
export const FreshEnglish = story('fresh', 'en');
export const Answered = story('answered', 'ja');
export const AnsweredEasy = story('answered', 'ja-x-easy');
export const AnsweredEnglish = story('answered', 'en');
export const Done = story('done', 'ja');
export const DoneEasy = story('done', 'ja-x-easy');
export const DoneEnglish = story('done', 'en');
