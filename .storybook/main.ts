import type { StorybookConfig } from '@storybook/web-components-vite';

// Telemetry off: this project makes no requests it does not need (and the build machines have no internet).
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/src/**/*.stories.ts'],
  core: { disableTelemetry: true, enableCrashReports: false },
};

export default config;
