import { html, nothing } from 'lit';
import { LOCALES, type LocaleId } from '../i18n/registry.js';
import '../define/report-status.js';

/** The reporter's status check (reference + check code); needs a running API to show a status. */
export default {
  title: 'Widgets/Report status',
  argTypes: { lang: { control: 'select', options: ['', ...LOCALES] } },
  args: { lang: '', reference: '' },
  render: (args: { lang: '' | LocaleId; reference: string }) =>
    html`<div lang=${args.lang || nothing} style="max-width: 40em">
      <tsunagu-report-status reference=${args.reference}></tsunagu-report-status>
    </div>`,
};

export const Empty = {};
export const Prefilled = { args: { reference: 'TK-7Q4M-9XZ2' } };
export const Japanese = { args: { lang: 'ja' } };
export const EasyJapanese = { args: { lang: 'ja-x-easy' } };
export const English = { args: { lang: 'en' } };
