import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApp } from './app.js';
import { openDatabase } from './db/open.js';

describe('the staff console at /staff/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-console-'));
  let app: ReturnType<typeof createApp>;
  before(() => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'console.js'), 'export {};');
    app = createApp({ db: openDatabase(':memory:'), encryptionKey: randomBytes(32), staffConsoleDir: dir });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page for its own routes under a strict CSP, files as they are, nothing outside the folder', async () => {
    for (const path of ['/staff/', '/staff/reports/TK-2222-3333', '/staff/inbox?status=received']) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.match(await res.text(), /<title>console<\/title>/);
      const csp = res.headers.get('content-security-policy')!;
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers.get('cache-control'), 'no-store');
    }
    const js = await app.request('/staff/console.js');
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await app.request('/staff/missing.js')).status, 404);
    assert.equal((await app.request('/staff/..%2f..%2fetc%2fpasswd.txt')).status, 404);
    assert.equal((await app.request('/staff')).status, 308);
  });
});
