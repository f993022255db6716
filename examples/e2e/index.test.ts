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

  it('the reference server behind the sites answers /healthz', async () => {
    const response = await fetch(`${env.sites.api.url}/healthz`);
    assert.equal(response.status, 200);
  });
});
