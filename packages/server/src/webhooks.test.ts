/* eslint-disable @typescript-eslint/no-explicit-any -- tests read untyped JSON bodies */
// Webhooks to a real receiver on loopback that fails, times out and recovers: every event arrives, in order
// per report, signed; bodies carry ids and status only; the delivery log tells what happened.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signPayload, verifyWebhookSignature } from './services/webhooks.js';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, activityFixture, admin, as, call, freshKey, personSignup } from './test-support.js';

interface Received {
  id: string;
  type: string;
  data: Record<string, unknown>;
  signed: boolean;
}

describe('signed webhooks', () => {
  let server: TestServer;
  let receiver: Server;
  let secret = '';
  let clock = new Date('2026-12-03T10:00:00+09:00');
  const received: Received[] = [];
  let requests = 0;

  before(async () => {
    // 1st request: 500; 2nd: never answers in time; then 200
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        requests++;
        if (requests === 1) return res.writeHead(500).end();
        if (requests === 2) return setTimeout(() => res.writeHead(200).end(), 1500);
        const body = Buffer.concat(chunks).toString('utf8');
        const event = JSON.parse(body);
        received.push({
          id: event.id,
          type: event.type,
          data: event.data,
          signed: verifyWebhookSignature({
            secret,
            header: req.headers['tsunagu-signature'] as string,
            body,
            now: clock,
          }),
        });
        assert.equal(req.headers['tsunagu-event-id'], event.id);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    server = await startTestServer({ now: () => clock, webhooks: { timeoutMs: 300 } });
  });
  after(async () => {
    await server.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('every event arrives once the receiver recovers, in order per report, with a valid signature', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tsunagu`;
    const created = await admin(server, '/v1/admin/webhooks', {
      body: {
        url,
        events: [
          'concern_report.created',
          'concern_report.status_changed',
          'signup.created',
          'signup.cancelled',
        ],
      },
    });
    assert.equal(created.status, 201, created.text);
    secret = created.json.secret;
    assert.match(secret, /^whsec_/);
    const listed = await admin(server, '/v1/admin/webhooks');
    assert.ok(!listed.text.includes(secret), 'the secret is shown once');
    assert.equal(
      (
        await admin(server, '/v1/admin/webhooks', {
          body: { url: 'http://evil.example/x', events: ['signup.created'] },
        })
      ).status,
      422,
    );

    const first = (
      await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
    ).json;
    const second = (
      await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
    ).json;
    await as(server, 'naka', `/v1/admin/reports/${first.reference}/status`, {
      body: { status: 'acknowledged', note: 'メモ' },
    });
    await as(server, 'naka', `/v1/admin/reports/${first.reference}/handoff`, {
      body: { to_ward: 'tsurumi', reason: '転居' },
    });
    await call(server, '/v1/admin/activities', {
      key: server.secretKey,
      body: activityFixture('hook-watch', {
        starts_at: '2027-01-10T10:00:00+09:00',
        ends_at: '2027-01-10T12:00:00+09:00',
      }),
    });
    const signup = (
      await call(server, '/v1/signups', { body: personSignup('hook-watch', 1), idempotencyKey: freshKey() })
    ).json;
    await call(server, `/v1/signups/${signup.id}/cancel`, { body: { cancel_token: signup.cancel_token } });
    await call(server, `/v1/signups/${signup.id}/cancel`, { body: { cancel_token: signup.cancel_token } }); // twice: one event

    const hooks = server.server.services.webhooks;
    for (let round = 0; round < 12 && received.length < 6; round++) {
      await hooks.deliverDue();
      clock = new Date(clock.getTime() + 7 * 3_600_000); // past any backoff
    }
    const ids = new Set(received.map((r) => r.id));
    assert.equal(ids.size, 6, `six events: ${received.map((r) => r.type).join(', ')}`);
    assert.ok(
      received.every((r) => r.signed),
      'every delivery is signed with the secret',
    );
    const ofFirst = received.filter((r) => r.data.reference === first.reference);
    assert.deepEqual(
      ofFirst.map((r) => [r.type, r.data.status, r.data.ward_id]),
      [
        ['concern_report.created', 'received', 'naka'],
        ['concern_report.status_changed', 'acknowledged', 'naka'],
        ['concern_report.status_changed', 'acknowledged', 'tsurumi'],
      ],
    );
    assert.equal(received.filter((r) => r.data.reference === second.reference).length, 1);
    assert.deepEqual(
      received.filter((r) => r.type.startsWith('signup.')).map((r) => r.type),
      ['signup.created', 'signup.cancelled'],
    );
    const allowed = new Set([
      'reference',
      'ward_id',
      'status',
      'previous_status',
      'previous_ward_id',
      'id',
      'activity_id',
    ]);
    for (const r of received)
      for (const key of Object.keys(r.data)) assert.ok(allowed.has(key), `${r.type}: ${key}`);

    const log = await admin(server, `/v1/admin/webhooks/${created.json.webhook.id}/deliveries`);
    assert.equal(log.json.data.length, 6);
    assert.ok(log.json.data.every((d: any) => d.status === 'delivered'));
    const retried = log.json.data.filter((d: any) => d.attempts > 1);
    assert.ok(retried.length >= 1, 'the failures were retried');
  });

  it('a signature does not verify with another secret, a changed body, or after the replay window', () => {
    const body = '{"id":"evt_1"}';
    const at = new Date('2026-12-03T10:00:00Z');
    const header = `t=${Math.floor(at.getTime() / 1000)},v1=${'0'.repeat(64)}`;
    assert.equal(verifyWebhookSignature({ secret: 'whsec_x', header, body, now: at }), false);
    const good = signPayload('whsec_x', body, at);
    assert.equal(verifyWebhookSignature({ secret: 'whsec_x', header: good, body, now: at }), true);
    assert.equal(verifyWebhookSignature({ secret: 'whsec_y', header: good, body, now: at }), false);
    assert.equal(
      verifyWebhookSignature({ secret: 'whsec_x', header: good, body: `${body} `, now: at }),
      false,
    );
    const late = new Date(at.getTime() + 301_000);
    assert.equal(verifyWebhookSignature({ secret: 'whsec_x', header: good, body, now: late }), false);
  });
});
