// Real-browser tests for @tsunagu/elements in Debian's Chromium (never a downloaded browser).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { summaryReporter } from '../../scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testServerPlugin } from './test/test-server-plugin.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const commonjs = fromRollup(rollupCommonjs);

export default {
  // The embed package's DOM tests and the SDK's browser tests run here too, in the same browser.
  files: ['src/**/*.test.ts', '../embed/src/**/*.test.ts', '../client/src/**/*.browser.test.ts'],
  // Serve from the repo root so the embed package's tests (a sibling folder) load too.
  rootDir: '../..',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // @holiday-jp/holiday_jp ships CommonJS only.
    commonjs({ include: ['**/node_modules/**/@holiday-jp/**'] }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
    testServerPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
