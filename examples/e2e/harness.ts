// End-to-end harness: the example partner sites served as `pnpm start` serves them (strict CSP, the embed
// bundle at /embed/), a real reference server on a random loopback port, and Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer } from '@tsunagu/server/testing';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** The address the example pages' snippets name; the harness swaps in the test server's. */
const EXAMPLE_API_BASE = 'http://127.0.0.1:8787';
const EXAMPLE_KEY = 'pk_demo_tsunagu_examples';

export interface ExampleSites {
  sitesUrl: string;
  api: Awaited<ReturnType<typeof startTestServer>>;
  close(): Promise<void>;
}

export async function startExampleSites(): Promise<ExampleSites> {
  const built = spawnSync(process.execPath, ['packages/embed/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`embed build failed:\n${built.stderr}`);
  // the staff console: the test server serves packages/console/dist at /staff/ when it is built
  const staffConsole = spawnSync(process.execPath, ['packages/console/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (staffConsole.status !== 0) throw new Error(`staff console build failed:\n${staffConsole.stderr}`);
  const spa = spawnSync(process.execPath, ['examples/react-app/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (spa.status !== 0) throw new Error(`react-app build failed:\n${spa.stderr}`);
  const connectSrc: string[] = [];
  const replaceInHtml: [string, string][] = [];
  const sites = await startStaticServer({
    mounts: [
      ['/embed/', `${root}packages/embed/dist`],
      ['/', `${root}examples`],
    ],
    connectSrc,
    replaceInHtml,
  });
  // the example shop and NPO are in 中区, as the demo partner of `pnpm start` is
  const api = await startTestServer({ seed: 'yokohama', origins: [sites.url], partnerWard: 'naka' });
  connectSrc.push(api.url);
  replaceInHtml.push([EXAMPLE_API_BASE, api.url], [EXAMPLE_KEY, api.publishableKey]);
  return {
    sitesUrl: sites.url,
    api,
    async close() {
      await Promise.all([sites.close(), api.close()]);
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** Collects console errors, page errors and CSP violations, which a partner's page must never show. */
export function watchForPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Starts the sites and a browser before the enclosing `describe` and stops them after it. The returned
 * object is filled in `before`, so read it inside tests: `const env = useExampleSites(); … env.browser`.
 */
export function useExampleSites(): { sites: ExampleSites; browser: Browser } {
  const env = {} as { sites: ExampleSites; browser: Browser };
  before(async () => {
    env.sites = await startExampleSites();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.sites?.close();
  });
  return env;
}
