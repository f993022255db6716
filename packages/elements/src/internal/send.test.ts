import { expect } from '@open-wc/testing';
import {
  TsunaguNetworkError,
  TsunaguRateLimitError,
  TsunaguServerError,
  TsunaguValidationError,
} from '@tsunagu/client/core';
import { KeyedSender } from './send.js';

const offline = () => new TsunaguNetworkError({ code: 'network', message: 'x', reason: 'failed' });
const server = () =>
  new TsunaguServerError({ type: 'server_error', code: 'internal', message: 'x', status: 500 });
const refused = () =>
  new TsunaguValidationError({
    type: 'validation_error',
    code: 'invalid_request',
    message: 'x',
    status: 422,
    fields: [{ path: 'phone', code: 'invalid_phone' }],
  });
const limited = (retryAfter: number | undefined) =>
  new TsunaguRateLimitError({
    type: 'rate_limited',
    code: 'rate_limited',
    message: 'x',
    status: 429,
    retryAfter,
  });

/** A call that fails with `errors` in turn, then succeeds; records the key and body of every attempt. */
function calls(errors: Error[]) {
  const attempts: { key: string; body: string }[] = [];
  const make = (body: { phone: string }) => (key: string) => {
    attempts.push({ key, body: JSON.stringify(body) });
    const error = errors.shift();
    return error ? Promise.reject(error) : Promise.resolve('stored');
  };
  return { attempts, make };
}

const noWait = { wait: () => Promise.resolve() };

describe('KeyedSender', () => {
  it('a send retried after a network failure re-uses its idempotency key and keeps the input', async () => {
    const sender = new KeyedSender();
    const body = { phone: '045-000-0000' };
    const { attempts, make } = calls([offline()]);
    const first = await sender.send(body, make(body));
    expect(first).to.include({ ok: false });
    expect(!first.ok && first.failure).to.deep.equal({ kind: 'offline' });
    expect(body, 'the input is untouched').to.deep.equal({ phone: '045-000-0000' });
    const second = await sender.send(body, make(body)); // the person's "try again"
    expect(second).to.deep.equal({ ok: true, result: 'stored' });
    expect(attempts).to.have.length(2);
    expect(attempts[1]!.key).to.equal(attempts[0]!.key);
    expect(attempts[1]!.body).to.equal(attempts[0]!.body);
  });

  it('changed answers are a new send with a new key; a success forgets the key', async () => {
    const sender = new KeyedSender();
    const { attempts, make } = calls([server()]);
    await sender.send({ phone: 'a' }, make({ phone: 'a' }));
    await sender.send({ phone: 'b' }, make({ phone: 'b' }));
    await sender.send({ phone: 'b' }, make({ phone: 'b' }));
    const [a, b, again] = attempts.map((attempt) => attempt.key);
    expect(b).to.not.equal(a);
    expect(again, 'a new send after the success').to.not.equal(b);
  });

  it('retries on its own only what is safe: network, 5xx, and a short Retry-After', async () => {
    for (const [error, expected] of [
      [offline(), 2],
      [server(), 2],
      [limited(1), 2],
      [limited(undefined), 1], // the server did not say how long: tell the person instead
      [limited(120), 1],
      [refused(), 1], // the server refused what was sent: sending it again cannot help
    ] as const) {
      const sender = new KeyedSender();
      const { attempts, make } = calls([error]);
      await sender.send({ phone: 'x' }, make({ phone: 'x' }), { retries: 1, ...noWait });
      expect(attempts, error.name).to.have.length(expected);
      expect(new Set(attempts.map((attempt) => attempt.key)).size).to.equal(1);
    }
  });

  it('a refusal reports its field errors', async () => {
    const sender = new KeyedSender();
    const outcome = await sender.send({}, () => Promise.reject(refused()));
    expect(!outcome.ok && outcome.failure).to.deep.equal({
      kind: 'rejected',
      fields: [{ path: 'phone', code: 'invalid_phone' }],
    });
  });
});
