// `pnpm start` as a newcomer runs it: builds the embed, starts the seeded server and the example sites.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('../../', import.meta.url).pathname;

describe('pnpm start (scripts/start.mjs)', () => {
  let child: ChildProcess;
  let apiUrl = '';
  let sitesUrl = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-start-'));

  before(async () => {
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Random free ports and a throwaway database, so a developer's running instance is not disturbed.
      env: { ...process.env, TSUNAGU_PORT: '0', EXAMPLES_PORT: '0', TSUNAGU_DB: join(dataDir, 'tsunagu.db') },
    });
    const lines = createInterface({ input: child.stdout! });
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`start exited early (${code})`)));
      lines.on('line', (line) => {
        apiUrl ||= /^http:\/\/127\.0\.0\.1:\d+$/.test(line.trim()) ? line.trim() : '';
        const sites = /example sites\s+(http:\/\/\S+?)\/?$/.exec(line);
        if (sites?.[1]) {
          sitesUrl = sites[1];
          resolve();
        }
      });
    });
  });
  after(() => {
    child?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the API with seeded Yokohama data and the example sites with the built embed', async () => {
    assert.equal((await fetch(`${apiUrl}/healthz`)).status, 200);

    const town = encodeURIComponent('相生町一丁目');
    const windows = await fetch(`${apiUrl}/v1/windows?town=${town}&limit=3`, {
      headers: { authorization: 'Bearer pk_demo_tsunagu_examples' },
    });
    assert.equal(windows.status, 200);
    const body = (await windows.json()) as { data: { window: { id: string }; serves_area: boolean }[] };
    assert.equal(body.data[0]?.window.id, 'naka-seikatsushien');
    assert.equal(body.data[0]?.serves_area, true);

    const index = await fetch(`${sitesUrl}/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const embed = await fetch(`${sitesUrl}/embed/tsunagu.js`);
    assert.equal(embed.status, 200);
    assert.match(embed.headers.get('content-type') ?? '', /javascript/);
  });
});
