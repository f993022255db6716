/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- tests read untyped JSON bodies */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startTestServer } from './testing.js';
import { aboutSomeone, admin, call, freshKey } from './test-support.js';

describe('restart with the same database', () => {
  it('loses nothing: reports, status, content, idempotency records, sign-ups, windows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-restart-'));
    const dbPath = join(dir, 'keep.db');
    const encryptionKey = randomBytes(32);
    try {
      const first = await startTestServer({ dbPath, encryptionKey });
      const idem = freshKey();
      const receipt = (
        await call(first, '/v1/concern-reports', {
          body: aboutSomeone({ free_text: '再起動テスト' }),
          idempotencyKey: idem,
        })
      ).json;
      await admin(first, `/v1/admin/reports/${receipt.reference}/status`, {
        body: { status: 'acknowledged', note: 'メモ' },
      });
      const signup = (
        await call(first, '/v1/signups', {
          body: {
            activity_id: 'sample-naka-watch',
            kind: 'person',
            name: '山田',
            phone: '090-0000-0000',
            terms_accepted: true,
          },
          idempotencyKey: freshKey(),
        })
      ).json;
      assert.equal(signup.status, 'confirmed');
      const windowsBefore = (await call(first, '/v1/windows?limit=100')).json.data.map(
        (d: any) => d.window.id,
      );
      await first.close();

      const second = await startTestServer({ dbPath, encryptionKey });
      try {
        // old keys still work after the restart
        const status = await call(second, `/v1/concern-reports/${receipt.reference}/status`, {
          key: first.publishableKey,
          headers: { 'X-Check-Code': receipt.check_code },
        });
        assert.equal(status.status, 200);
        assert.equal(status.json.status, 'acknowledged');
        const detail = await admin(second, `/v1/admin/reports/${receipt.reference}`);
        assert.equal(detail.json.content.free_text, '再起動テスト');
        assert.equal(detail.json.history.at(-1).note, 'メモ');
        const replay = await call(second, '/v1/concern-reports', {
          key: first.publishableKey,
          body: aboutSomeone({ free_text: '再起動テスト' }),
          idempotencyKey: idem,
        });
        assert.equal(replay.json.reference, receipt.reference, 'idempotency survives a restart');
        const state = await call(second, `/v1/signups/${signup.id}?token=${signup.cancel_token}`);
        assert.equal(state.json.status, 'confirmed');
        assert.equal((await call(second, '/v1/activities/sample-naka-watch')).json.seats_left, 19);
        assert.deepEqual(
          (await call(second, '/v1/windows?limit=100')).json.data.map((d: any) => d.window.id),
          windowsBefore,
        );
        assert.equal(
          (await call(second, '/v1/areas')).json.towns.length,
          1705,
          'seeding a non-empty database does nothing',
        );
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
