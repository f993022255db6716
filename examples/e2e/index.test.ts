import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useExampleSites, watchForPageProblems } from './harness.js';

describe('example sites (end to end)', () => {
  const env = useExampleSites();

  it('serves the index under a strict CSP and loads the embed script without errors', async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    const response = await page.goto(`${env.sites.sitesUrl}/`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.match(await page.locator('h1').innerText(), /tsunagu/);
    const embed = await page.evaluate(async () => (await fetch('/embed/tsunagu.js')).status);
    assert.equal(embed, 200);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("tsunagu.js asks for a widget chunk's imports together with the chunk, each file once", async () => {
    const page = await env.browser.newPage();
    const problems = watchForPageProblems(page);
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/embed/chunks/')) chunks.push(new URL(r.url()).pathname);
    });
    await page.goto(`${env.sites.sitesUrl}/shop-site/`);
    await page.locator('tsunagu-window-finder #finder-title').waitFor();
    const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
    );
    // the finder's chunk imports shared chunks (lit, the blocks): the browser learns of them from tsunagu.js
    assert.ok(preloaded.length >= 2, `preloaded: ${preloaded.join(' ')}`);
    assert.ok(preloaded.every((path) => path.startsWith('/embed/chunks/')));
    assert.ok(
      preloaded.every((path) => chunks.includes(path)),
      'every preloaded file was fetched',
    );
    assert.deepEqual(
      chunks.filter((path, i) => chunks.indexOf(path) !== i),
      [],
      'no chunk is fetched twice',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the reference server behind the sites answers /healthz', async () => {
    const response = await fetch(`${env.sites.api.url}/healthz`);
    assert.equal(response.status, 200);
  });
});
