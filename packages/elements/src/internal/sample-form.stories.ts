import { html, nothing } from 'lit';
import type { EmergencyLineId } from '../i18n/catalogue.js';
import { blockStoryArgTypes, type BlockStoryArgs } from './block-story.js';
import { defineSampleForm } from './sample-form.js';

interface Args extends BlockStoryArgs {
  showErrors: boolean;
  busy: boolean;
  emergencyLines: EmergencyLineId[];
}

/** All blocks together, including the error summary (GOV.UK pattern) with links to each field. */
export default {
  title: 'Internal/All blocks in a form',
  argTypes: blockStoryArgTypes,
  args: { lang: '', showErrors: false, busy: false, emergencyLines: [] },
  render: (args: Args) => {
    defineSampleForm();
    return html`<div lang=${args.lang || nothing} style="max-width: 40em">
      <tsunagu-sample-form
        ?show-errors=${args.showErrors}
        ?busy=${args.busy}
        .emergencyLines=${args.emergencyLines}
      ></tsunagu-sample-form>
    </div>`;
  },
};

export const Empty = {};
export const ErrorSummary = { args: { showErrors: true } };
export const Busy = { args: { busy: true } };
export const WithEmergencyNotice = { args: { emergencyLines: ['police', 'ambulance', 'child_abuse'] } };
export const Japanese = { args: { showErrors: true, lang: 'ja' } };
export const EasyJapanese = { args: { showErrors: true, lang: 'ja-x-easy' } };
export const English = { args: { showErrors: true, lang: 'en' } };
