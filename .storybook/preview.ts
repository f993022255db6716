import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

// Every story can be seen in every shipped locale: the toolbar sets `lang` on a wrapper, which the widgets
// follow like they follow a partner page's `<html lang>`.
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ja', title: '日本語' },
          { value: 'ja-x-easy', title: 'やさしい日本語' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ja' },
  decorators: [
    (story, context) => html`<div lang=${String(context.globals.locale ?? 'ja')}>${story()}</div>`,
  ],
};

export default preview;
