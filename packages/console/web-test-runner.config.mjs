// Real-browser tests of the staff console in Debian's Chromium (never a downloaded browser), against a real
// reference server reached through this runner's own origin (see test/api-server-plugin.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { summaryReporter } from '../../scripts/wtr-summary-reporter.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { consoleTestServer } from './test/api-server-plugin.mjs';

const server = consoleTestServer();
const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['test/**/*.test.ts'],
  // serve from the repo root so @tsunagu/elements' sources (a sibling folder) load too
  rootDir: '../..',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  middleware: [server.proxy],
  plugins: [
    // @holiday-jp/holiday_jp (through @tsunagu/schema) ships CommonJS only.
    commonjs({ include: ['**/node_modules/**/@holiday-jp/**'] }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
    server.plugin,
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
