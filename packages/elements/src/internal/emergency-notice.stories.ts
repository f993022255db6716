import type { EmergencyLineId } from '../i18n/catalogue.js';
import { blockStoryArgTypes, renderBlock, type BlockStory, type BlockStoryArgs } from './block-story.js';
import { emergencyNotice } from './emergency-notice.js';

interface Args extends BlockStoryArgs {
  lines: EmergencyLineId[];
}

const notice = (args: Args) => (story: BlockStory) => emergencyNotice(story.i18n, { lines: args.lines });

export default {
  title: 'Internal/Emergency notice',
  argTypes: blockStoryArgTypes,
  args: { lang: '', lines: ['police', 'ambulance'] },
  render: (args: Args) => renderBlock(args, notice(args)),
};

export const DangerNow = {};
export const ChildMayBeAbused = { args: { lines: ['police', 'ambulance', 'child_abuse'] } };
export const SpokeOfDying = { args: { lines: ['ambulance', 'inochi', 'yorisoi', 'kokoro'] } };
export const AllLines = {
  args: {
    lines: ['police', 'ambulance', 'medical_advice', 'child_abuse', 'yorisoi', 'inochi', 'kokoro'],
  },
};
export const Japanese = { args: { lang: 'ja' } };
export const EasyJapanese = { args: { lang: 'ja-x-easy' } };
export const English = { args: { lang: 'en' } };
