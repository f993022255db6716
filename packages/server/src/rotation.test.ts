// Rotating the encryption key on a running server: reports made under k1, the server restarted with the
// ring k2,k1, `keys rotate-encryption` re-sealing in another process while requests go on, then k1 removed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db/open.js';
import { createCipher, type KeyRing } from './seal.js';
import { countNotCurrent } from './services/rotation.js';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, admin, call, freshKey } from './test-support.js';

const BIN = fileURLToPath(new URL('../bin/tsunagu-server.mjs', import.meta.url));
const ringOf = (...entries: [string, Buffer][]): KeyRing => ({
  current: entries[0]![0],
  keys: new Map(entries),
});
const envOf = (ring: KeyRing) =>
  [...ring.keys].map(([id, key]) => `${id}:${key.toString('base64')}`).join(',');

function rotate(dbPath: string, ring: KeyRing): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [BIN, 'keys', 'rotate-encryption', '--db', dbPath, '--batch', '3'], {
    env: { ...process.env, TSUNAGU_ENCRYPTION_KEY: '', TSUNAGU_ENCRYPTION_KEYS: envOf(ring) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

async function report(server: TestServer, text: string) {
  const res = await call(server, '/v1/concern-reports', {
    body: aboutSomeone({ free_text: text }),
    idempotencyKey: freshKey(),
  });
  assert.equal(res.status, 201, res.text);
  return res.json as { reference: string; check_code: string };
}

async function readsBack(
  server: TestServer,
  made: { reference: string; check_code: string; text: string; noted?: boolean }[],
) {
  for (const r of made) {
    const detail = await admin(server, `/v1/admin/reports/${r.reference}`);
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.json.content.free_text, r.text);
    if (r.noted) assert.equal(detail.json.history.at(-1).note, 'メモ', 'notes too');
    const status = await call(server, `/v1/concern-reports/${r.reference}/status`, {
      headers: { 'X-Check-Code': r.check_code },
    });
    assert.equal(status.status, 200, 'check codes still match after rotation');
  }
}

describe('encryption key rotation', () => {
  it('re-seals everything under k2 while serving; then k1 can leave the ring', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-rotate-'));
    const dbPath = join(dir, 'rotate.db');
    const k1 = randomBytes(32);
    const k2 = randomBytes(32);
    try {
      const made: { reference: string; check_code: string; text: string; noted?: boolean }[] = [];
      const first = await startTestServer({ dbPath, encryptionKeys: ringOf(['k1', k1]) });
      for (let i = 0; i < 10; i++) {
        const text = `ローテーション ${i}`;
        const receipt = await report(first, text);
        made.push({ ...receipt, text, noted: i % 3 === 0 });
        if (i % 3 === 0)
          await admin(first, `/v1/admin/reports/${receipt.reference}/status`, {
            body: { status: 'acknowledged', note: 'メモ' },
          });
      }
      await first.close();

      const second = await startTestServer({ dbPath, encryptionKeys: ringOf(['k2', k2], ['k1', k1]) });
      try {
        // requests keep coming while the CLI re-seals in its own process
        const rotation = rotate(dbPath, ringOf(['k2', k2], ['k1', k1]));
        let finished = false;
        void rotation.then(() => (finished = true));
        let during = 0;
        while (!finished || during < 3) {
          const text = `ローテーション中 ${during++}`;
          made.push({ ...(await report(second, text)), text });
          await readsBack(second, made.slice(0, 2));
        }
        const { code, out } = await rotation;
        assert.equal(code, 0, out);
        assert.match(out, /reports\.content: \d+ re-sealed/);
        assert.match(out, /nothing is sealed with another key/);
        await readsBack(second, made);
      } finally {
        await second.close();
      }
      const db = openDatabase(dbPath);
      const left = countNotCurrent(db, createCipher(ringOf(['k2', k2])));
      db.close();
      assert.deepEqual(
        Object.entries(left).filter(([, n]) => n > 0),
        [],
        'no value is left under k1',
      );

      const third = await startTestServer({ dbPath, encryptionKeys: ringOf(['k2', k2]) });
      try {
        await readsBack(third, made);
      } finally {
        await third.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a database upgraded and started straight away with a new key first keeps its references', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-rotate-'));
    const dbPath = join(dir, 'upgrade.db');
    const k1 = randomBytes(32);
    const k2 = randomBytes(32);
    try {
      const first = await startTestServer({ dbPath, encryptionKeys: ringOf(['k1', k1]) });
      const receipt = await report(first, 'アップグレード');
      await first.close();
      // as before migration 10: no identity keys stored yet
      const db = openDatabase(dbPath);
      db.prepare('DELETE FROM sealed_keys').run();
      db.close();
      const second = await startTestServer({ dbPath, encryptionKeys: ringOf(['k2', k2], ['k1', k1]) });
      try {
        await readsBack(second, [{ ...receipt, text: 'アップグレード' }]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
